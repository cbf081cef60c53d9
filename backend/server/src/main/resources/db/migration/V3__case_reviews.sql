-- Case reviews: referrals and serious incident notifications (SINs), rapid reviews, the partners'
-- decisions, commissioned reviews with milestones and recommendations, the Composite Action Plan
-- (CAP) and learning themes. Same conventions as V1: tenant_id first, composite keys and foreign
-- keys, ENABLE + FORCE row-level security with one policy (USING + WITH CHECK) on
-- current_tenant_id(), and a version on every record the application edits.
--
-- Child data is the minimum of the DfE SIN statistics: the local authority's case reference,
-- initials or a pseudonym, age band, sex, ethnicity category, looked-after and CP-plan flags.

-- A partnership's own clock rules, code -> rule text (e.g. {"rapid-review": "10 working days after"}),
-- laid over the defaults of uk.reviewhub.time.clock.ClockDefinitions.
alter table partnership add column clock_overrides jsonb not null default '{}';

create table review_case (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    -- How the case came: a referral from any agency, or a serious incident notification.
    origin             text        not null check (origin in ('REFERRAL', 'SIN')),
    nature             text        not null check (nature in ('DEATH', 'SERIOUS_HARM', 'OTHER')),
    la_case_reference  text        not null check (length(la_case_reference) between 1 and 64),
    child_identifier   text        not null check (length(child_identifier) between 1 and 40),
    age_band           text        not null check (age_band in ('UNDER_1', 'AGE_1_TO_5', 'AGE_6_TO_10',
                                       'AGE_11_TO_15', 'AGE_16_AND_OVER', 'CARE_LEAVER_18_TO_24')),
    sex                text        not null check (sex in ('FEMALE', 'MALE', 'UNKNOWN')),
    ethnicity          text        not null check (ethnicity in ('WHITE', 'MIXED', 'ASIAN', 'BLACK', 'OTHER',
                                       'UNKNOWN')),
    looked_after       boolean     not null default false,
    cp_plan            boolean     not null default false,
    referring_agency_id uuid,
    -- The local authority became aware of the incident; the SIN was sent (null: not notified).
    aware_on           date        not null,
    notified_on        date,
    stage              text        not null,
    created_at         timestamptz not null default now(),
    created_by         uuid,
    version            integer     not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, referring_agency_id) references agency (tenant_id, id),
    check (notified_on is null or notified_on >= aware_on)
);
create index review_case_stage on review_case (tenant_id, stage);

create table rapid_review (
    tenant_id          uuid        not null,
    id                 uuid        not null,
    case_id            uuid        not null,
    meeting_on         date,
    agencies_involved  text[]      not null default '{}',
    facts              text,
    immediate_actions  text,
    learning           text,
    recommendation     text        check (recommendation in ('LCSPR', 'CONCISE_REVIEW', 'MULTI_AGENCY_AUDIT',
                                       'CASE_OF_CONCERN', 'NO_REVIEW')),
    sent_to_panel_on   date,
    panel_response_on  date,
    panel_response_summary text,
    version            integer     not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, case_id),
    foreign key (tenant_id, case_id) references review_case (tenant_id, id)
);

create table review_decision (
    tenant_id          uuid        not null,
    id                 uuid        not null,
    case_id            uuid        not null,
    decision           text        not null check (decision in ('LCSPR', 'CONCISE_REVIEW', 'MULTI_AGENCY_AUDIT',
                                       'CASE_OF_CONCERN', 'NO_REVIEW')),
    rationale          text        not null,
    decided_by         text        not null,
    decided_on         date        not null,
    recorded_by        uuid,
    version            integer     not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, case_id),
    foreign key (tenant_id, case_id) references review_case (tenant_id, id)
);

create table commissioned_review (
    tenant_id          uuid        not null,
    id                 uuid        not null,
    case_id            uuid        not null,
    review_type        text        not null check (review_type in ('LCSPR', 'CONCISE_REVIEW', 'MULTI_AGENCY_AUDIT',
                                       'CASE_OF_CONCERN')),
    agencies_in_scope  text[]      not null default '{}',
    methodology        text,
    reviewer           text,
    commissioned_on    date        not null,
    draft_on           date,
    signed_off_on      date,
    planned_publication_on date,
    published_on       date,
    -- Final report sent to the National Panel and the Secretary of State.
    sent_to_panel_on   date,
    version            integer     not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, case_id),
    foreign key (tenant_id, case_id) references review_case (tenant_id, id)
);

create table review_milestone (
    tenant_id          uuid        not null,
    id                 uuid        not null,
    review_id          uuid        not null,
    title              text        not null,
    due_on             date        not null,
    completed_on       date,
    version            integer     not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, review_id) references commissioned_review (tenant_id, id)
);
create index review_milestone_review on review_milestone (tenant_id, review_id);

create table recommendation (
    tenant_id          uuid        not null,
    id                 uuid        not null,
    review_id          uuid        not null,
    number             integer     not null check (number > 0),
    text               text        not null,
    version            integer     not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, review_id, number),
    foreign key (tenant_id, review_id) references commissioned_review (tenant_id, id)
);

-- An action of the Composite Action Plan. Its source is the review, or one of its recommendations.
create table cap_action (
    tenant_id          uuid        not null,
    id                 uuid        not null,
    review_id          uuid        not null,
    recommendation_id  uuid,
    agency_id          uuid        not null,
    owner              text        not null,
    description        text        not null,
    due_on             date        not null,
    progress_percent   integer     not null default 0 check (progress_percent between 0 and 100),
    rag_override       text        check (rag_override in ('RED', 'AMBER', 'GREEN', 'BLUE')),
    rag_override_reason text,
    rag_override_by    uuid,
    rag_override_at    timestamptz,
    evidence_notes     text,
    completed_on       date,
    handed_to_monitoring_on date,
    created_on         date        not null,
    version            integer     not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, review_id) references commissioned_review (tenant_id, id),
    foreign key (tenant_id, recommendation_id) references recommendation (tenant_id, id),
    foreign key (tenant_id, agency_id) references agency (tenant_id, id),
    check (rag_override is null or (rag_override_reason is not null and length(trim(rag_override_reason)) > 0)),
    check (handed_to_monitoring_on is null or completed_on is not null)
);
create index cap_action_due on cap_action (tenant_id, due_on);
create index cap_action_agency on cap_action (tenant_id, agency_id);

-- The partnership's taxonomy of learning themes, seeded from the national default list.
create table learning_theme (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    code               text        not null check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title              text        not null,
    national           boolean     not null default false,
    active             boolean     not null default true,
    version            integer     not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, code)
);

create table case_learning_theme (
    tenant_id          uuid        not null,
    case_id            uuid        not null,
    theme_id           uuid        not null,
    attached_at        timestamptz not null default now(),
    primary key (tenant_id, case_id, theme_id),
    foreign key (tenant_id, case_id) references review_case (tenant_id, id),
    foreign key (tenant_id, theme_id) references learning_theme (tenant_id, id)
);

create table review_learning_theme (
    tenant_id          uuid        not null,
    review_id          uuid        not null,
    theme_id           uuid        not null,
    attached_at        timestamptz not null default now(),
    primary key (tenant_id, review_id, theme_id),
    foreign key (tenant_id, review_id) references commissioned_review (tenant_id, id),
    foreign key (tenant_id, theme_id) references learning_theme (tenant_id, id)
);

do $$
declare
    t text;
begin
    foreach t in array array['review_case', 'rapid_review', 'review_decision', 'commissioned_review',
                             'review_milestone', 'recommendation', 'cap_action', 'learning_theme',
                             'case_learning_theme', 'review_learning_theme']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant_id()) '
                       'with check (tenant_id = current_tenant_id())', t);
    end loop;
end
$$;

grant select, insert, update, delete on review_case, rapid_review, review_decision, commissioned_review,
    review_milestone, recommendation, cap_action, learning_theme, case_learning_theme,
    review_learning_theme to ${appRole};
