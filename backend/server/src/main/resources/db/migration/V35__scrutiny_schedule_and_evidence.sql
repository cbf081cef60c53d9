-- Independent scrutiny, round two (issue 12 items 3 and 5): the observation schedule shared by the
-- scrutineers, and the evidence of focus groups and of staff and family feedback. Conventions as
-- V1, V16 and V25: tenant_id first, keys (tenant_id, id), composite foreign keys, made tenant
-- tables by platform.enable_tenant_isolation. No child's or family member's name is kept.

-- An observation planned: which team, service or meeting (setting_kind: TEAM, SERVICE, MEETING),
-- on which day, from when to when (London time), by which scrutineer of the piece. A cancelled
-- one stays, with why. Clashes (one scrutineer twice at once) are shown, not refused.
create table scrutiny_schedule (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    piece_id           uuid        not null,
    observed_on        date        not null,
    starts_at          time        not null,
    ends_at            time        not null,
    setting            text        not null check (length(setting) between 1 and 200),
    setting_kind       text        not null check (setting_kind in ('TEAM', 'SERVICE', 'MEETING')),
    observer_user_id   uuid        not null references app_user (id),
    location           text        check (length(location) <= 200),
    cancelled_at       timestamptz,
    cancel_reason      text        check (length(cancel_reason) <= 500),
    created_by         uuid        not null,
    created_at         timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, piece_id) references scrutiny_piece (tenant_id, id),
    check (ends_at > starts_at),
    check ((cancelled_at is null) = (cancel_reason is null))
);
create index scrutiny_schedule_day on scrutiny_schedule (tenant_id, observed_on);
select platform.enable_tenant_isolation('scrutiny_schedule', '${appRole}', 'select, insert, update');

-- Evidence gathered other than by observation: a focus group, or feedback from staff or from
-- families (kind: FOCUS_GROUP, STAFF_FEEDBACK, FAMILY_FEEDBACK), summarised; who took part by
-- role only ("six social workers from the front door"), never by name.
create table scrutiny_evidence (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    piece_id           uuid        not null,
    kind               text        not null check (kind in ('FOCUS_GROUP', 'STAFF_FEEDBACK', 'FAMILY_FEEDBACK')),
    gathered_on        date        not null,
    title              text        not null check (length(title) between 1 and 200),
    participants       text        check (length(participants) <= 200),
    participant_count  integer     check (participant_count between 1 and 10000),
    summary            text        not null check (length(summary) between 1 and 8000),
    recorded_by        uuid        not null references app_user (id),
    recorded_at        timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, piece_id) references scrutiny_piece (tenant_id, id)
);
create index scrutiny_evidence_piece on scrutiny_evidence (tenant_id, piece_id, gathered_on);
select platform.enable_tenant_isolation('scrutiny_evidence', '${appRole}', 'select, insert');
