-- Independent scrutiny (issue 12): pieces of scrutiny commissioned by the statutory partners and
-- led by the partnership's scrutineers, the partnership's versioned observation framework, and
-- observations of frontline practice recorded against a framework version. A partnership turns it
-- on in its pack (scrutiny:). Conventions as V1 and V16: tenant tables have tenant_id first,
-- composite keys and foreign keys, and are made tenant tables by platform.enable_tenant_isolation.
-- No child's or family member's name is kept: observations hold what was seen of practice.

-- The scrutineers are a partnership role.
alter table partnership_membership drop constraint partnership_membership_roles_check;
alter table partnership_membership add constraint partnership_membership_roles_check
    check (cardinality(roles) > 0 and roles <@ array[
        'PARTNERSHIP_ADMIN', 'CHAIR', 'VICE_CHAIR', 'MEMBER', 'BUSINESS_SUPPORT',
        'SAFEGUARDING_CHAIR', 'SAFEGUARDING_MANAGER', 'SAFEGUARDING_SUPPORT', 'SCRUTINEER']::text[]);

-- From the pack: whether scrutiny is on, and the group whose chair's days allocation the
-- scrutineers' days count against.
alter table partnership add column scrutiny_enabled boolean not null default false;
alter table partnership add column scrutiny_days_group text check (length(scrutiny_days_group) <= 100);

-- A piece of scrutiny. Methodology is a subset of the vocabulary ScrutinyMethod; the team are
-- other scrutineers (app_user ids). agreed_report_by: the timescale the partners agreed (null: the
-- clock scrutiny-report from the commissioning date).
create table scrutiny_piece (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    title              text        not null check (length(title) between 1 and 200),
    scope              text        not null check (length(scope) between 1 and 4000),
    questions          text[]      not null default '{}' check (cardinality(questions) <= 20),
    methodology        text[]      not null check (cardinality(methodology) between 1 and 5 and methodology <@ array[
                           'FOCUS_GROUPS', 'OBSERVATIONS', 'AUDITS', 'STAFF_SURVEY', 'FAMILY_SURVEY']::text[]),
    commissioned_by    text        not null check (length(commissioned_by) between 1 and 200),
    commissioned_on    date        not null,
    lead_user_id       uuid        not null references app_user (id),
    team               uuid[]      not null default '{}' check (cardinality(team) <= 10),
    agreed_report_by   date,
    status             text        not null default 'COMMISSIONED'
                           check (status in ('COMMISSIONED', 'IN_PROGRESS', 'REPORTING', 'COMPLETE', 'WITHDRAWN')),
    reported_on        date,
    created_by         uuid        not null,
    created_at         timestamptz not null default now(),
    version            integer     not null default 0,
    primary key (tenant_id, id),
    check (agreed_report_by is null or agreed_report_by >= commissioned_on),
    check ((status = 'COMPLETE') = (reported_on is not null))
);
select platform.enable_tenant_isolation('scrutiny_piece', '${appRole}', 'select, insert, update');

-- Scrutineers' days count against the same allocation as the chair's: a day logged for a piece of
-- scrutiny names the piece and who worked it; a chairing day names neither.
alter table chair_day add column scrutiny_piece_id uuid;
alter table chair_day add column worked_by uuid references app_user (id);
alter table chair_day add foreign key (tenant_id, scrutiny_piece_id) references scrutiny_piece (tenant_id, id);
alter table chair_day add check ((scrutiny_piece_id is null) = (worked_by is null));

-- At most one day per date stays the rule, now per person: the chair's own days (worked_by null)
-- as before (V17), and each scrutineer's days apart. Same lock key for the chair's days, so the
-- application's lock (ChairDayQueries) still comes first.
create or replace function chair_day_at_most_one_day() returns trigger
    language plpgsql set search_path = public, pg_temp
as $$
begin
    perform pg_advisory_xact_lock(hashtextextended(
        'chair_day:' || new.tenant_id::text || ':' || new.group_id::text || ':' || to_char(new.worked_on, 'YYYY-MM-DD')
            || coalesce(':' || new.worked_by::text, ''), 0));
    if (select coalesce(sum(d.days), 0) from chair_day d
         where d.tenant_id = new.tenant_id and d.group_id = new.group_id and d.worked_on = new.worked_on
           and d.worked_by is not distinct from new.worked_by) + new.days > 1 then
        raise exception 'more than one day would be logged for %', new.worked_on
            using errcode = 'check_violation', constraint = 'chair_day_at_most_one_day';
    end if;
    return new;
end
$$;

-- The observation framework, versioned: a new version is a new row; a past observation keeps the
-- version it used. source: PACK (the pack's starting framework) or SCRUTINEER.
create table scrutiny_framework (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    version            integer     not null check (version > 0),
    name               text        not null check (length(name) between 1 and 200),
    guidance           text        check (length(guidance) <= 4000),
    source             text        not null check (source in ('PACK', 'SCRUTINEER')),
    created_by         uuid,
    created_at         timestamptz not null default now(),
    primary key (tenant_id, id),
    unique (tenant_id, version)
);
select platform.enable_tenant_isolation('scrutiny_framework', '${appRole}', 'select, insert');

create table scrutiny_framework_domain (
    tenant_id          uuid        not null references partnership (tenant_id),
    framework_id       uuid        not null,
    position           integer     not null check (position >= 0),
    code               text        not null check (length(code) between 1 and 100),
    name               text        not null check (length(name) between 1 and 200),
    guidance           text        check (length(guidance) <= 2000),
    prompts            text[]      not null default '{}' check (cardinality(prompts) <= 20),
    rating_scale       text[]      not null check (cardinality(rating_scale) between 2 and 10),
    primary key (tenant_id, framework_id, position),
    unique (tenant_id, framework_id, code),
    foreign key (tenant_id, framework_id) references scrutiny_framework (tenant_id, id)
);
select platform.enable_tenant_isolation('scrutiny_framework_domain', '${appRole}', 'select, insert');

-- An observation of frontline practice (a team, service or meeting), against one framework version.
create table scrutiny_observation (
    tenant_id             uuid        not null references partnership (tenant_id),
    id                    uuid        not null,
    piece_id              uuid        not null,
    framework_id          uuid        not null,
    observed_on           date        not null,
    setting               text        not null check (length(setting) between 1 and 200),
    observer_user_id      uuid        not null references app_user (id),
    evidence              text        not null check (length(evidence) between 1 and 8000),
    strengths             text        check (length(strengths) <= 4000),
    areas_for_development text        check (length(areas_for_development) <= 4000),
    practitioner_feedback text        check (length(practitioner_feedback) <= 4000),
    recorded_by           uuid        not null,
    recorded_at           timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, piece_id) references scrutiny_piece (tenant_id, id),
    foreign key (tenant_id, framework_id) references scrutiny_framework (tenant_id, id)
);
create index scrutiny_observation_piece on scrutiny_observation (tenant_id, piece_id, observed_on);
select platform.enable_tenant_isolation('scrutiny_observation', '${appRole}', 'select, insert');

create table scrutiny_rating (
    tenant_id          uuid        not null references partnership (tenant_id),
    observation_id     uuid        not null,
    domain_code        text        not null check (length(domain_code) between 1 and 100),
    rating             text        not null check (length(rating) between 1 and 60),
    primary key (tenant_id, observation_id, domain_code),
    foreign key (tenant_id, observation_id) references scrutiny_observation (tenant_id, id)
);
select platform.enable_tenant_isolation('scrutiny_rating', '${appRole}', 'select, insert');
