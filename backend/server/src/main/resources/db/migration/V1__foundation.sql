-- Foundation schema: platform identity, partnerships (tenants) and their review groups.
--
-- Runs as the owner role. The application connects as ${appRole}: not owner, not superuser,
-- NOBYPASSRLS. Tenant-owned tables carry tenant_id first, composite keys (tenant_id, id),
-- composite foreign keys, ENABLE + FORCE ROW LEVEL SECURITY and one policy with USING and
-- WITH CHECK on the tenant bound to the connection (setting app.tenant_id). With no tenant
-- bound the setting is empty, nullif(...) is null, and the policy admits nothing.

create extension if not exists citext;

create schema if not exists platform;
revoke all on schema platform from public;

-- The tenant bound to this connection, or null. Every policy goes through this one function.
create function current_tenant_id() returns uuid
    language sql stable parallel safe
as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

-- ---------------------------------------------------------------------------------------------
-- Platform (not tenant-owned): people and their sign-in state. A person may belong to several
-- partnerships (an independent chair often does), so users are global; what they may see is
-- decided by their memberships, which are tenant-owned.
-- ---------------------------------------------------------------------------------------------
create table app_user (
    id                 uuid        not null primary key,
    email              citext      not null unique,
    display_name       text        not null check (length(display_name) between 1 and 200),
    password_hash      text        not null,
    platform_roles     text[]      not null default '{}'
        check (platform_roles <@ array['PLATFORM_ADMIN', 'NATIONAL_VIEWER']::text[]),
    active             boolean     not null default true,
    failed_sign_ins    integer     not null default 0,
    locked_until       timestamptz,
    created_at         timestamptz not null default now()
);

create table refresh_token (
    id                 uuid        not null primary key,
    user_id            uuid        not null references app_user (id) on delete cascade,
    token_hash         text        not null unique,
    partnership_id     uuid,
    issued_at          timestamptz not null default now(),
    expires_at         timestamptz not null,
    revoked_at         timestamptz
);
create index refresh_token_user on refresh_token (user_id);

-- ---------------------------------------------------------------------------------------------
-- Tenants.
-- ---------------------------------------------------------------------------------------------
create table partnership (
    tenant_id          uuid        not null primary key,
    slug               text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name               text        not null,
    short_name         text        not null,
    former_name        text,
    arrangements_published date,
    created_at         timestamptz not null default now()
);

create table pack_load (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    content_hash       text        not null,
    loaded_at          timestamptz not null default now(),
    primary key (tenant_id, id)
);

create table agency (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    code               text        not null check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name               text        not null,
    -- LOCAL_AUTHORITY, POLICE and HEALTH are the three statutory partners.
    kind               text        not null check (kind in ('LOCAL_AUTHORITY', 'POLICE', 'HEALTH',
                                       'EDUCATION', 'CAFCASS', 'HOUSING', 'PROBATION', 'YOUTH_JUSTICE',
                                       'LEGAL', 'DISTRICT_COUNCIL', 'PARTNERSHIP_TEAM', 'OTHER')),
    statutory_partner  boolean     not null default false,
    compact_signed_on  date,
    version            integer     not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, code)
);

create table partnership_membership (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    user_id            uuid        not null references app_user (id),
    roles              text[]      not null check (cardinality(roles) > 0 and roles <@ array[
                                       'PARTNERSHIP_ADMIN', 'CHAIR', 'VICE_CHAIR', 'MEMBER',
                                       'BUSINESS_SUPPORT']::text[]),
    agency_id          uuid,
    created_at         timestamptz not null default now(),
    primary key (tenant_id, id),
    unique (tenant_id, user_id),
    foreign key (tenant_id, agency_id) references agency (tenant_id, id)
);

create table review_group (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    code               text        not null check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name               text        not null,
    short_name         text,
    former_name        text,
    version            integer     not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, code)
);

-- Terms of reference are versioned: every change is a new row; the current one has the highest
-- version. Structured rules (cadence, quorum, deadlines, measures) are JSON validated by the pack
-- schema and read by the domain code.
create table terms_of_reference (
    tenant_id          uuid        not null,
    id                 uuid        not null,
    group_id           uuid        not null,
    version            integer     not null check (version > 0),
    purpose            text        not null,
    functions          jsonb       not null default '[]',
    reporting_line     text,
    cadence            jsonb       not null,
    quorum             jsonb       not null,
    deadlines          jsonb       not null default '[]',
    performance_measures jsonb     not null default '[]',
    links              jsonb       not null default '[]',
    last_reviewed_on   date,
    review_due_on      date,
    created_at         timestamptz not null default now(),
    created_by         uuid,
    primary key (tenant_id, id),
    unique (tenant_id, group_id, version),
    foreign key (tenant_id, group_id) references review_group (tenant_id, id)
);

create table group_member (
    tenant_id          uuid        not null,
    id                 uuid        not null,
    group_id           uuid        not null,
    agency_id          uuid        not null,
    -- The post held, e.g. "Designated Doctor Safeguarding Children, CCG". People are named by role.
    position_title     text        not null,
    group_role         text        not null check (group_role in ('CHAIR', 'VICE_CHAIR', 'MEMBER',
                                       'MINUTE_TAKER', 'ADVISER')),
    membership_kind    text        not null check (membership_kind in ('STANDING', 'CO_OPTED',
                                       'LEGAL_ADVICE', 'INVITED')),
    user_id            uuid        references app_user (id),
    start_date         date,
    end_date           date,
    version            integer     not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, group_id) references review_group (tenant_id, id),
    foreign key (tenant_id, agency_id) references agency (tenant_id, id),
    check (end_date is null or start_date is null or end_date >= start_date)
);
create index group_member_group on group_member (tenant_id, group_id);

-- Who viewed and changed what. The application may only insert and read (no UPDATE or DELETE is
-- granted), so the log cannot be rewritten through it.
create table audit_event (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    occurred_at        timestamptz not null default now(),
    user_id            uuid,
    action             text        not null,
    entity             text        not null,
    entity_id          uuid,
    detail             jsonb,
    primary key (tenant_id, id)
);
create index audit_event_time on audit_event (tenant_id, occurred_at desc);

-- ---------------------------------------------------------------------------------------------
-- Row-level security on every tenant-owned table.
-- ---------------------------------------------------------------------------------------------
do $$
declare
    t text;
begin
    foreach t in array array['partnership', 'pack_load', 'agency', 'partnership_membership',
                             'review_group', 'terms_of_reference', 'group_member', 'audit_event']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant_id()) '
                       'with check (tenant_id = current_tenant_id())', t);
    end loop;
end
$$;

-- ---------------------------------------------------------------------------------------------
-- Narrow platform paths, security definer, owned by the owner role.
-- ---------------------------------------------------------------------------------------------

-- Registers a partnership by slug (or finds it) and returns its tenant id. Used by the pack
-- loader and onboarding before a tenant can be bound.
create function platform.register_partnership(p_slug text, p_name text, p_short_name text)
    returns uuid
    language plpgsql security definer set search_path = public, pg_temp
as $$
declare
    v_id uuid;
begin
    select tenant_id into v_id from partnership where slug = p_slug;
    if v_id is null then
        v_id := gen_random_uuid();
        insert into partnership (tenant_id, slug, name, short_name) values (v_id, p_slug, p_name, p_short_name);
    end if;
    return v_id;
end
$$;

-- A user's memberships across partnerships, for sign-in only (before any tenant is bound).
create function platform.memberships_of(p_user_id uuid)
    returns table (tenant_id uuid, slug text, name text, roles text[])
    language sql stable security definer set search_path = public, pg_temp
as $$
    select m.tenant_id, p.slug, p.name, m.roles
      from partnership_membership m join partnership p on p.tenant_id = m.tenant_id
     where m.user_id = p_user_id
     order by p.name
$$;

revoke all on all functions in schema platform from public;

-- ---------------------------------------------------------------------------------------------
-- Grants to the application role.
-- ---------------------------------------------------------------------------------------------
grant usage on schema public to ${appRole};
grant usage on schema platform to ${appRole};
grant execute on function current_tenant_id() to ${appRole};
grant execute on function platform.register_partnership(text, text, text) to ${appRole};
grant execute on function platform.memberships_of(uuid) to ${appRole};
grant select, insert, update on app_user, refresh_token to ${appRole};
grant select, insert, update, delete on partnership, pack_load, agency, partnership_membership,
    review_group, terms_of_reference, group_member to ${appRole};
grant select, insert on audit_event to ${appRole};
