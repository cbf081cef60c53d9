-- Access that ends, and caps that races do not break. Conventions as V1.

-- ---------------------------------------------------------------------------------------------
-- Partnership roles have a start and an end, managed by partnership admins with their history
-- (membership_change, subject ROLE). A role is current from its start date to its end date, both
-- included (London dates), as seats are. A person with no current role in a partnership has no
-- access to it: sign-in, refresh and every request with an earlier token are refused.
-- ---------------------------------------------------------------------------------------------
alter table partnership_membership add column start_date date;
alter table partnership_membership add column end_date date;
alter table partnership_membership add column end_reason text check (length(end_reason) <= 2000);
alter table partnership_membership add column version integer not null default 0;
alter table partnership_membership add constraint partnership_membership_dates
    check (end_date is null or start_date is null or end_date >= start_date);

alter table membership_change drop constraint membership_change_subject_check;
alter table membership_change add constraint membership_change_subject_check
    check (subject in ('MEMBER', 'AGENCY', 'ROLE'));

-- A user's current memberships on a day (London), for sign-in, refresh and the per-request check
-- (before any tenant is bound).
create function platform.memberships_of(p_user_id uuid, p_on date)
    returns table (tenant_id uuid, slug text, name text, roles text[])
    language sql stable security definer set search_path = public, pg_temp
as $$
    select m.tenant_id, p.slug, p.name, m.roles
      from partnership_membership m join partnership p on p.tenant_id = m.tenant_id
     where m.user_id = p_user_id
       and (m.start_date is null or m.start_date <= p_on)
       and (m.end_date is null or m.end_date >= p_on)
     order by p.name
$$;
revoke all on function platform.memberships_of(uuid, date) from public;
grant execute on function platform.memberships_of(uuid, date) to ${appRole};

-- Access tokens signed out before their expiry, by token id; rows past their expiry may go.
create table revoked_access_token (
    token_id           uuid        not null primary key,
    user_id            uuid        not null references app_user (id) on delete cascade,
    expires_at         timestamptz not null,
    revoked_at         timestamptz not null default now()
);
create index revoked_access_token_expiry on revoked_access_token (expires_at);
grant select, insert, delete on revoked_access_token to ${appRole};

-- ---------------------------------------------------------------------------------------------
-- The chair's days: at most one day logged per group and date, however many logs race. Each
-- insert takes a transaction lock on (tenant, group, date) and sums what is there; the
-- application takes the same lock before its own check, so its message is the one people see.
-- ---------------------------------------------------------------------------------------------
create function chair_day_at_most_one_day() returns trigger
    language plpgsql set search_path = public, pg_temp
as $$
begin
    perform pg_advisory_xact_lock(hashtextextended(
        'chair_day:' || new.tenant_id::text || ':' || new.group_id::text || ':' || to_char(new.worked_on, 'YYYY-MM-DD'), 0));
    if (select coalesce(sum(d.days), 0) from chair_day d
         where d.tenant_id = new.tenant_id and d.group_id = new.group_id and d.worked_on = new.worked_on) + new.days > 1 then
        raise exception 'more than one day would be logged for %', new.worked_on
            using errcode = 'check_violation', constraint = 'chair_day_at_most_one_day';
    end if;
    return new;
end
$$;
create trigger chair_day_at_most_one_day before insert on chair_day
    for each row execute function chair_day_at_most_one_day();
