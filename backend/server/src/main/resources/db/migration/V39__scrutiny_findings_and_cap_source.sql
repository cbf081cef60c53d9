-- Independent scrutiny, round three (issue 12 item 6): findings drawn from a piece's evidence, their
-- recommendations, and actions on the Composite Action Plan whose source is a piece of scrutiny.
-- Conventions as V1, V16, V25 and V35: tenant_id first, keys (tenant_id, id), composite foreign
-- keys, made tenant tables by platform.enable_tenant_isolation. No child's or family member's name.

-- Audits (of case files, by the scrutineers) are evidence too, beside focus groups and feedback.
alter table scrutiny_evidence drop constraint scrutiny_evidence_kind_check;
alter table scrutiny_evidence add constraint scrutiny_evidence_kind_check
    check (kind in ('FOCUS_GROUP', 'STAFF_FEEDBACK', 'FAMILY_FEEDBACK', 'AUDIT'));

-- A finding of a piece, numbered within it, rated (rating: the vocabulary FindingRating).
create table scrutiny_finding (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    piece_id           uuid        not null,
    number             integer     not null check (number > 0),
    title              text        not null check (length(title) between 1 and 200),
    detail             text        not null check (length(detail) between 1 and 8000),
    rating             text        not null check (rating in ('STRENGTH', 'ADEQUATE', 'REQUIRES_IMPROVEMENT', 'CONCERN')),
    recorded_by        uuid        not null references app_user (id),
    recorded_at        timestamptz not null default now(),
    primary key (tenant_id, id),
    unique (tenant_id, piece_id, number),
    foreign key (tenant_id, piece_id) references scrutiny_piece (tenant_id, id)
);
select platform.enable_tenant_isolation('scrutiny_finding', '${appRole}', 'select, insert');

-- The evidence a finding draws on (triangulation): each row one observation or one piece of other
-- evidence (focus group, feedback, audit) of the same piece.
create table scrutiny_finding_support (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    finding_id         uuid        not null,
    observation_id     uuid,
    evidence_id        uuid,
    primary key (tenant_id, id),
    unique (tenant_id, finding_id, observation_id),
    unique (tenant_id, finding_id, evidence_id),
    foreign key (tenant_id, finding_id) references scrutiny_finding (tenant_id, id),
    foreign key (tenant_id, observation_id) references scrutiny_observation (tenant_id, id),
    foreign key (tenant_id, evidence_id) references scrutiny_evidence (tenant_id, id),
    check ((observation_id is null) <> (evidence_id is null))
);
select platform.enable_tenant_isolation('scrutiny_finding_support', '${appRole}', 'select, insert');

-- A recommendation a finding leads to, numbered within the piece.
create table scrutiny_recommendation (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    finding_id         uuid        not null,
    piece_id           uuid        not null,
    number             integer     not null check (number > 0),
    text               text        not null check (length(text) between 1 and 4000),
    recorded_by        uuid        not null references app_user (id),
    recorded_at        timestamptz not null default now(),
    primary key (tenant_id, id),
    unique (tenant_id, piece_id, number),
    foreign key (tenant_id, finding_id) references scrutiny_finding (tenant_id, id),
    foreign key (tenant_id, piece_id) references scrutiny_piece (tenant_id, id)
);
select platform.enable_tenant_isolation('scrutiny_recommendation', '${appRole}', 'select, insert');

-- A CAP action's source, explicit: a commissioned review (and perhaps one of its recommendations),
-- or a piece of scrutiny (and perhaps one of its recommendations). Never both, never neither.
alter table cap_action alter column review_id drop not null;
alter table cap_action add column source text not null default 'REVIEW' check (source in ('REVIEW', 'SCRUTINY'));
alter table cap_action add column scrutiny_piece_id uuid;
alter table cap_action add column scrutiny_recommendation_id uuid;
alter table cap_action add foreign key (tenant_id, scrutiny_piece_id) references scrutiny_piece (tenant_id, id);
alter table cap_action add foreign key (tenant_id, scrutiny_recommendation_id) references scrutiny_recommendation (tenant_id, id);
alter table cap_action add constraint cap_action_one_source check (
    (source = 'REVIEW' and review_id is not null and scrutiny_piece_id is null and scrutiny_recommendation_id is null)
    or (source = 'SCRUTINY' and review_id is null and recommendation_id is null and scrutiny_piece_id is not null));
create index cap_action_scrutiny on cap_action (tenant_id, scrutiny_piece_id) where scrutiny_piece_id is not null;
