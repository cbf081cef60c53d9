-- The platform console (issue 11, item 7): a partnership's status, the platform's own record of
-- what its admins did to partnerships, and the owner's narrow functions that work across tenants
-- for them. A platform admin has no partnership: these functions answer counts and statuses only,
-- never a case.

-- 1. Status. ACTIVE signs in; SUSPENDED and OFFBOARDING do not (their data is kept). OFFBOARDING
--    carries the moment after which the partnership may be deleted.
alter table partnership
    add column status            text        not null default 'ACTIVE'
                                     check (status in ('ACTIVE', 'SUSPENDED', 'OFFBOARDING')),
    add column status_reason     text        check (status_reason is null or length(status_reason) between 1 and 1000),
    add column status_changed_at timestamptz,
    add column delete_after      timestamptz,
    add constraint partnership_offboarding_has_date check ((status = 'OFFBOARDING') = (delete_after is not null));

-- 2. What platform admins did to partnerships. Global on purpose: it must outlive a deleted
--    partnership (its slug and name are copied for that reason). Append-only for the application.
create table platform_event (
    id                 uuid        not null primary key,
    occurred_at        timestamptz not null,
    actor_id           uuid,
    partnership_id     uuid        not null,
    partnership_slug   text        not null,
    partnership_name   text        not null,
    action             text        not null check (action in ('SUSPENDED', 'REACTIVATED', 'EXPORTED', 'OFFBOARDING_STARTED',
                                       'OFFBOARDING_CANCELLED', 'DELETED')),
    reason             text        check (reason is null or length(reason) between 1 and 1000),
    detail             text
);
create index platform_event_partnership on platform_event (partnership_id, occurred_at);
create index platform_event_time on platform_event (occurred_at);
grant select, insert on platform_event to ${appRole};

-- 3. Sign-in, refresh and every request's access check read a person's memberships here: only
--    active partnerships count, so a suspended partnership's people cannot sign in or go on.
create or replace function platform.memberships_of(p_user_id uuid, p_on date)
    returns table (tenant_id uuid, slug text, name text, roles text[])
    language sql stable security definer set search_path = public, pg_temp
as $$
    select m.tenant_id, p.slug, p.name, m.roles
      from partnership_membership m join partnership p on p.tenant_id = m.tenant_id
     where m.user_id = p_user_id
       and p.status = 'ACTIVE'
       and (m.start_date is null or m.start_date <= p_on)
       and (m.end_date is null or m.end_date >= p_on)
     order by p.name
$$;

-- 4. Every partnership with its status and counts: people with a current role, groups, meetings,
--    and case reviews not closed. Counts only.
create function platform_partnerships(p_on date)
    returns table (tenant_id uuid, slug text, name text, status text, status_reason text, status_changed_at timestamptz,
                   delete_after timestamptz, created_at timestamptz, members bigint, groups bigint, meetings bigint,
                   open_reviews bigint)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select p.tenant_id, p.slug, p.name, p.status, p.status_reason, p.status_changed_at, p.delete_after, p.created_at,
           (select count(distinct m.user_id) from partnership_membership m
             where m.tenant_id = p.tenant_id and (m.start_date is null or m.start_date <= p_on)
               and (m.end_date is null or m.end_date >= p_on)),
           (select count(*) from review_group g where g.tenant_id = p.tenant_id),
           (select count(*) from meeting e where e.tenant_id = p.tenant_id),
           (select count(*) from review_case c where c.tenant_id = p.tenant_id and c.stage <> 'CLOSED')
      from partnership p
     order by p.name
$$;
revoke all on function platform_partnerships(date) from public;
grant execute on function platform_partnerships(date) to ${appRole};

-- 5. Moves a partnership from one status to another; false when it is not in the status expected
--    (or unknown), so two admins acting at once cannot both succeed.
create function platform_set_partnership_status(p_tenant uuid, p_expected text, p_status text, p_reason text,
                                                p_at timestamptz, p_delete_after timestamptz)
    returns boolean
    language plpgsql security definer set search_path = public, pg_temp
as $$
begin
    update partnership set status = p_status, status_reason = p_reason, status_changed_at = p_at, delete_after = p_delete_after
     where tenant_id = p_tenant and status = p_expected;
    return found;
end
$$;
revoke all on function platform_set_partnership_status(uuid, text, text, text, timestamptz, timestamptz) from public;
grant execute on function platform_set_partnership_status(uuid, text, text, text, timestamptz, timestamptz) to ${appRole};

-- 6. Approved minutes stay locked, except to the owner deleting an offboarded partnership.
create or replace function minute_entry_locked() returns trigger
    language plpgsql
as $$
declare
    v_minutes uuid := case when tg_op = 'DELETE' then old.minutes_id else new.minutes_id end;
begin
    if tg_op = 'DELETE' and current_setting('reviewhub.deleting_tenant', true) = old.tenant_id::text
       and current_user = (select r.rolname from pg_class c join pg_roles r on r.oid = c.relowner where c.oid = tg_relid) then
        return old;
    end if;
    if exists (select 1 from minutes m where m.id = v_minutes and m.status = 'APPROVED')
       or (tg_op = 'UPDATE' and exists (select 1 from minutes m where m.id = old.minutes_id and m.status = 'APPROVED')) then
        raise exception 'approved minutes are locked' using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;

-- 7. Deletes an offboarded partnership whose grace period is over: every row of every table that
--    names it (by tenant_id, or partnership_id for the global refresh tokens), in one transaction,
--    children before parents whatever the tables are; then the people who belonged to no other
--    partnership and hold no platform role. Refused before delete_after. Answers the rows deleted,
--    or null for an unknown partnership.
create function platform_delete_partnership(p_tenant uuid, p_now timestamptz)
    returns integer
    language plpgsql security definer set search_path = public, pg_temp
as $$
declare
    v_status text;
    v_after timestamptz;
    v_left text[];
    v_table text;
    v_rows integer;
    v_total integer := 0;
    v_progress boolean;
    v_users uuid[];
    v_user uuid;
begin
    select status, delete_after into v_status, v_after from partnership where tenant_id = p_tenant for update;
    if not found then
        return null;
    end if;
    if v_status <> 'OFFBOARDING' or v_after > p_now then
        raise exception 'partnership % is not due for deletion', p_tenant using errcode = 'check_violation';
    end if;
    perform set_config('reviewhub.deleting_tenant', p_tenant::text, true);
    select coalesce(array_agg(distinct user_id), '{}') into v_users from partnership_membership where tenant_id = p_tenant;
    select coalesce(array_agg(format('%I', c.table_name) || ':' || c.column_name), '{}') into v_left
      from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
     where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.data_type = 'uuid'
       and c.column_name in ('tenant_id', 'partnership_id')
       and c.table_name not in ('partnership', 'platform_event');
    while cardinality(v_left) > 0 loop
        v_progress := false;
        foreach v_table in array v_left loop
            begin
                execute format('delete from %s where %I = $1', split_part(v_table, ':', 1), split_part(v_table, ':', 2))
                    using p_tenant;
                get diagnostics v_rows = row_count;
                v_total := v_total + v_rows;
                v_left := array_remove(v_left, v_table);
                v_progress := true;
            exception when foreign_key_violation then
                null; -- another table still refers to these rows: try again after it
            end;
        end loop;
        if not v_progress then
            raise exception 'partnership %: rows of % are still referred to', p_tenant, v_left;
        end if;
    end loop;
    delete from partnership where tenant_id = p_tenant;
    v_total := v_total + 1;
    foreach v_user in array v_users loop
        begin
            delete from app_user u where u.id = v_user and cardinality(u.platform_roles) = 0
               and not exists (select 1 from partnership_membership m where m.user_id = u.id);
            get diagnostics v_rows = row_count;
            v_total := v_total + v_rows;
        exception when foreign_key_violation then
            null; -- still referred to from elsewhere: the account stays
        end;
    end loop;
    return v_total;
end
$$;
revoke all on function platform_delete_partnership(uuid, timestamptz) from public;
grant execute on function platform_delete_partnership(uuid, timestamptz) to ${appRole};
