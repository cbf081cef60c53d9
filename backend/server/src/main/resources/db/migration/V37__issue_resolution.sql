-- The Issue Resolution Process (issue 9 item 7): a Safeguarding and Reviewing Chair's issue about a
-- child's plan or practice, escalated through the stages the partnership's pack sets (informal,
-- then formal levels of seniority), each with a response deadline on a clock of the catalogue, the
-- whole within the clock irp-resolution; referral to Cafcass where the pack offers it. Every step is
-- kept (append-only), with who recorded it and when. The summary is kept minimal: no names.
-- Conventions as V18 and V34.

-- The pack's process (stages in order, each {code, name, formal, clock}; cafcassReferral) and the
-- chairs' caseload limit of the service (the measure chair-caseloads).
alter table partnership add column issue_resolution jsonb;
alter table partnership add column chair_caseload_limit integer check (chair_caseload_limit between 1 and 500);

create table irp_issue (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    child_id           uuid        not null,
    category           text        not null check (category in ('CARE_PLAN', 'CHILD_PROTECTION_PLAN', 'PLACEMENT', 'CONTACT',
                                       'DRIFT_AND_DELAY', 'PRACTICE', 'RESOURCES', 'OTHER')),
    summary            text        not null check (length(summary) between 1 and 1000),
    raised_by          uuid        not null references app_user (id),
    raised_on          date        not null,
    stage_code         text        not null check (length(stage_code) between 1 and 60),
    stage_position     integer     not null check (stage_position >= 0),
    stage_since        date        not null,
    responded_on       date,
    cafcass_referred_on date,
    outcome            text        check (outcome in ('RESOLVED', 'CLOSED')),
    outcome_on         date,
    created_at         timestamptz not null default now(),
    version            integer     not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, child_id) references cp_child (tenant_id, id),
    check (stage_since >= raised_on),
    check (responded_on is null or responded_on >= stage_since),
    check (cafcass_referred_on is null or cafcass_referred_on >= raised_on),
    check ((outcome is null) = (outcome_on is null)),
    check (outcome_on is null or outcome_on >= raised_on)
);
create index irp_issue_child on irp_issue (tenant_id, child_id);
create index irp_issue_raised_by on irp_issue (tenant_id, raised_by);
select platform.enable_tenant_isolation('irp_issue', '${appRole}', 'select, insert, update');

-- Each step of an issue, as it happened: raised, escalated (to a stage), a response, referral to
-- Cafcass, resolved or closed; with its note, who recorded it and when. Never changed.
create table irp_step (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    issue_id           uuid        not null,
    kind               text        not null check (kind in ('RAISED', 'ESCALATED', 'RESPONSE', 'CAFCASS_REFERRAL', 'RESOLVED', 'CLOSED')),
    stage_code         text        not null check (length(stage_code) between 1 and 60),
    on_date            date        not null,
    note               text        check (length(note) between 1 and 2000),
    recorded_by        uuid        not null references app_user (id),
    recorded_at        timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, issue_id) references irp_issue (tenant_id, id)
);
create index irp_step_issue on irp_step (tenant_id, issue_id, recorded_at);
select platform.enable_tenant_isolation('irp_step', '${appRole}', 'select, insert');
