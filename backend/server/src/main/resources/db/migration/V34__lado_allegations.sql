-- The LADO log (issue 9 item 8): allegations against people who work with children, referred to
-- the local authority's designated officer (the clock lado-referral of the catalogue, from the day
-- the allegation became known), their strategy meeting chaired by a Safeguarding and Reviewing
-- Chair, the actions agreed, and the outcome. The person is kept by employer sector and role only:
-- no name, no address, no narrative. Conventions as V16 and V18.

create table lado_allegation (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    reference          text        check (length(reference) between 1 and 30),
    known_on           date        not null,
    referred_on        date,
    employer_sector    text        not null check (employer_sector in ('EDUCATION', 'EARLY_YEARS', 'HEALTH', 'SOCIAL_CARE',
                                       'POLICE', 'FOSTER_CARE', 'RESIDENTIAL_CARE', 'FAITH', 'SPORT_AND_LEISURE', 'VOLUNTARY',
                                       'TRANSPORT', 'OTHER')),
    person_role        text        not null check (length(person_role) between 1 and 120),
    meeting_on         date,
    chair_user_id      uuid        references app_user (id),
    outcome            text        check (outcome in ('SUBSTANTIATED', 'UNSUBSTANTIATED', 'FALSE', 'MALICIOUS', 'UNFOUNDED')),
    decided_on         date,
    created_by         uuid        not null,
    created_at         timestamptz not null default now(),
    version            integer     not null default 0,
    primary key (tenant_id, id),
    check (referred_on is null or referred_on >= known_on),
    check ((outcome is null) = (decided_on is null))
);
create index lado_allegation_chair on lado_allegation (tenant_id, chair_user_id);
select platform.enable_tenant_isolation('lado_allegation', '${appRole}', 'select, insert, update');

-- An action agreed at the strategy meeting: what, who (a role or agency), by when; done when done.
create table lado_action (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    allegation_id      uuid        not null,
    description        text        not null check (length(description) between 1 and 1000),
    owner              text        not null check (length(owner) between 1 and 200),
    due_on             date        not null,
    done_on            date,
    created_at         timestamptz not null default now(),
    version            integer     not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, allegation_id) references lado_allegation (tenant_id, id)
);
create index lado_action_allegation on lado_action (tenant_id, allegation_id);
select platform.enable_tenant_isolation('lado_action', '${appRole}', 'select, insert, update');
