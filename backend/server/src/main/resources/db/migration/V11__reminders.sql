-- Reminders and notices sent at most once (issue 4, item 9). Conventions as V1: tenant_id first,
-- keys (tenant_id, id), ENABLE + FORCE row-level security with USING and WITH CHECK on
-- current_tenant_id().

-- One row per notice to one recipient, named by a stable key such as
-- ITEM_DEADLINE:<meetingId>:<deadline>:<userId>. The unique key is the guard against sending twice:
-- a sender first inserts (or, for a FAILED or abandoned row, claims by a conditional update) the
-- row, committed on its own, and only the replica whose insert or update took effect sends.
-- status: PENDING (claimed, being sent; claimed_at says since when), SENT (the mail server took
-- it), HELD (kept in the outbox: no mail server configured), FAILED (retried by a later run while
-- the reminder is still due, up to a limit of attempts).
create table notice_log (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    notice_key         text        not null check (length(notice_key) between 1 and 300),
    notice_kind        text        not null,
    recipient          citext      not null,
    user_id            uuid,
    status             text        not null check (status in ('PENDING', 'SENT', 'HELD', 'FAILED')),
    attempts           integer     not null default 1 check (attempts > 0),
    subject            text,
    failure            text,
    outbox_message_id  uuid,
    created_at         timestamptz not null default now(),
    claimed_at         timestamptz not null,
    sent_at            timestamptz,
    primary key (tenant_id, id),
    unique (tenant_id, notice_key),
    foreign key (tenant_id, outbox_message_id) references outbox_message (tenant_id, id)
);
create index notice_log_time on notice_log (tenant_id, created_at desc);

alter table notice_log enable row level security;
alter table notice_log force row level security;
create policy tenant_isolation on notice_log using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

grant select, insert, update on notice_log to ${appRole};

-- Every partnership's tenant id, for jobs that walk the partnerships (the reminder job) before
-- any tenant is bound. It answers the ids and nothing else; the job then binds each in turn.
create function platform.partnership_ids()
    returns setof uuid
    language sql stable security definer set search_path = public, pg_temp
as $$
    select tenant_id from partnership order by tenant_id
$$;
revoke all on function platform.partnership_ids() from public;
grant execute on function platform.partnership_ids() to ${appRole};
