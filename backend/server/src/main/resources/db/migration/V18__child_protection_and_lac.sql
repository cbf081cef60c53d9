-- Child protection conferences and looked-after children's reviews (the safeguarding service),
-- chaired per child by Safeguarding and Reviewing Chairs. Conventions as V1 and V16: tenant
-- tables have tenant_id first, composite keys and foreign keys, and are made tenant tables by
-- platform.enable_tenant_isolation. Timescales, quorum and which group is the service are the
-- partnership's data (its pack), never columns or constants here.

-- ---------------------------------------------------------------------------------------------
-- The service's partnership roles: the chairs (independent reviewing officers), the service
-- manager (allocates chairs, sees every child of the service) and the service's business support.
-- ---------------------------------------------------------------------------------------------
alter table partnership_membership drop constraint partnership_membership_roles_check;
alter table partnership_membership add constraint partnership_membership_roles_check
    check (cardinality(roles) > 0 and roles <@ array[
        'PARTNERSHIP_ADMIN', 'CHAIR', 'VICE_CHAIR', 'MEMBER', 'BUSINESS_SUPPORT',
        'SAFEGUARDING_CHAIR', 'SAFEGUARDING_MANAGER', 'SAFEGUARDING_SUPPORT']::text[]);

-- The group whose terms of reference are the service's (its quorum is the conference quorum),
-- and whether the partnership runs midway reviews of looked-after children; from the pack.
alter table partnership add column safeguarding_service_group text check (length(safeguarding_service_group) <= 60);
alter table partnership add column midway_reviews boolean not null default false;

-- ---------------------------------------------------------------------------------------------
-- A child, minimally: the local authority's case-system reference, initials, date of birth or
-- expected date of birth, borough. No names, no addresses, no narrative. The chair allocated now
-- (null: not yet allocated) is kept here; every allocation is in cp_allocation.
-- ---------------------------------------------------------------------------------------------
create table cp_child (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    case_reference     text        not null check (length(case_reference) between 1 and 30),
    initials           text        not null check (length(initials) between 1 and 6),
    born_on            date,
    expected_on        date,
    borough            text        not null check (length(borough) between 1 and 100),
    sibling_group      uuid,
    chair_user_id      uuid        references app_user (id),
    created_at         timestamptz not null default now(),
    version            integer     not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, case_reference),
    check ((born_on is null) <> (expected_on is null))
);
create index cp_child_chair on cp_child (tenant_id, chair_user_id);
select platform.enable_tenant_isolation('cp_child', '${appRole}', 'select, insert, update');

-- Every allocation of a chair to a child, with its reason: the history (append-only).
create table cp_allocation (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    child_id           uuid        not null,
    chair_user_id      uuid        not null references app_user (id),
    previous_chair_id  uuid        references app_user (id),
    allocated_on       date        not null,
    reason             text        check (length(reason) <= 2000),
    allocated_by       uuid        not null,
    allocated_at       timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, child_id) references cp_child (tenant_id, id)
);
create index cp_allocation_child on cp_allocation (tenant_id, child_id, allocated_at);
select platform.enable_tenant_isolation('cp_allocation', '${appRole}', 'select, insert');

-- ---------------------------------------------------------------------------------------------
-- An episode: a child protection episode starts at the strategy discussion (pre-birth when the
-- child is unborn); a plan starts at the initial conference and ends at a review. A looked-after
-- episode starts the day the child became looked after.
-- ---------------------------------------------------------------------------------------------
create table cp_episode (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    child_id           uuid        not null,
    kind               text        not null check (kind in ('CHILD_PROTECTION', 'LOOKED_AFTER')),
    started_on         date        not null,
    pre_birth          boolean     not null default false,
    plan_started_on    date,
    first_core_group_on date,
    iro_allocated_on   date,
    panel_checked_on   date,
    ended_on           date,
    end_reason         text        check (length(end_reason) <= 2000),
    created_at         timestamptz not null default now(),
    version            integer     not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, child_id) references cp_child (tenant_id, id),
    check (ended_on is null or ended_on >= started_on)
);
create index cp_episode_child on cp_episode (tenant_id, child_id);
select platform.enable_tenant_isolation('cp_episode', '${appRole}', 'select, insert, update');

-- ---------------------------------------------------------------------------------------------
-- A conference or review of an episode: planned and held dates, quorum, participation, outcome.
-- ---------------------------------------------------------------------------------------------
create table cp_conference (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    episode_id         uuid        not null,
    kind               text        not null check (kind in ('INITIAL', 'REVIEW', 'LAC_REVIEW', 'MIDWAY_REVIEW')),
    number             integer     not null check (number >= 1),
    planned_on         date,
    held_on            date,
    reconvenes_id      uuid,
    quorate            boolean,
    delay_reason       text        check (length(delay_reason) <= 2000),
    reports_shared_on  date,
    early_at_iro_request boolean   not null default false,
    chair_user_id      uuid        references app_user (id),
    child_attended     boolean,
    child_views        text        check (length(child_views) <= 2000),
    advocate_offered   boolean,
    parents_attended   boolean,
    parents_views      text        check (length(parents_views) <= 2000),
    outcome            text        check (outcome in ('PLAN', 'NO_PLAN', 'PLAN_CONTINUES', 'PLAN_ENDS')),
    category           text        check (length(category) <= 40),
    reasons            text        check (length(reasons) <= 4000),
    dissent            text        check (length(dissent) <= 4000),
    lead_social_worker text        check (length(lead_social_worker) <= 200),
    core_group         text        check (length(core_group) <= 2000),
    outline_plan       text        check (length(outline_plan) <= 8000),
    contingency_plan   text        check (length(contingency_plan) <= 4000),
    care_plan_scrutiny text        check (length(care_plan_scrutiny) <= 8000),
    next_on            date,
    created_at         timestamptz not null default now(),
    version            integer     not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, episode_id, kind, number),
    foreign key (tenant_id, episode_id) references cp_episode (tenant_id, id),
    foreign key (tenant_id, reconvenes_id) references cp_conference (tenant_id, id)
);
select platform.enable_tenant_isolation('cp_conference', '${appRole}', 'select, insert, update');

-- Who is invited, by agency; attendance and apologies; their report and when it came.
create table cp_invitee (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    conference_id      uuid        not null,
    agency_id          uuid        not null,
    role_title         text        not null check (length(role_title) between 1 and 200),
    direct_contact     boolean     not null default true,
    attendance         text        not null default 'INVITED'
        check (attendance in ('INVITED', 'PRESENT', 'APOLOGIES', 'ABSENT')),
    report_received_on date,
    version            integer     not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, conference_id) references cp_conference (tenant_id, id),
    foreign key (tenant_id, agency_id) references agency (tenant_id, id)
);
create index cp_invitee_conference on cp_invitee (tenant_id, conference_id);
select platform.enable_tenant_isolation('cp_invitee', '${appRole}', 'select, insert, update, delete');

-- A looked-after review's decisions as SMART actions: what, who, by when; tracked to completion.
create table cp_action (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    conference_id      uuid        not null,
    description        text        not null check (length(description) between 1 and 2000),
    owner              text        not null check (length(owner) between 1 and 200),
    due_on             date        not null,
    completed_on       date,
    version            integer     not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, conference_id) references cp_conference (tenant_id, id)
);
create index cp_action_conference on cp_action (tenant_id, conference_id);
select platform.enable_tenant_isolation('cp_action', '${appRole}', 'select, insert, update');

-- An issued record (decision letter or full record): locked once written; an amendment is a new
-- issued version. The rendered body is kept as issued (append-only).
create table cp_record (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    conference_id      uuid        not null,
    kind               text        not null check (kind in ('DECISION_LETTER', 'FULL_RECORD')),
    issue              integer     not null check (issue >= 1),
    issued_on          date        not null,
    issued_by          uuid        not null,
    issued_at          timestamptz not null default now(),
    amendment_reason   text        check (length(amendment_reason) <= 2000),
    body               text        not null,
    primary key (tenant_id, id),
    unique (tenant_id, conference_id, kind, issue),
    foreign key (tenant_id, conference_id) references cp_conference (tenant_id, id)
);
select platform.enable_tenant_isolation('cp_record', '${appRole}', 'select, insert');

-- The service's two records are made from the partnership's own templates, as the other documents.
alter table document_template drop constraint document_template_kind_check;
alter table document_template add constraint document_template_kind_check
    check (kind in ('AGENDA', 'MINUTES', 'APOLOGY_FOLLOW_UP_LETTER', 'TERMS_OF_REFERENCE', 'PERFORMANCE_REPORT',
                    'CP_DECISION_LETTER', 'CP_FULL_RECORD'));
