-- Meetings run by their group's terms of reference: the schedule, attendance, agenda, minutes and
-- actions. Conventions as V1: tenant_id first, keys (tenant_id, id), composite foreign keys,
-- ENABLE + FORCE row-level security with USING and WITH CHECK on current_tenant_id(), and a
-- version column on every row that people edit (optimistic locking).

-- A meeting of a group. Planned meetings come from the cadence's RRULE and keep the date it gave
-- (occurrence_date) even when moved, so generating the schedule again creates nothing twice.
-- Extra meetings (a rapid review at short notice) have no occurrence date.
create table meeting (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    group_id           uuid        not null,
    kind               text        not null check (kind in ('PLANNED', 'EXTRA')),
    title              text        not null check (length(title) between 1 and 200),
    occurrence_date    date,
    scheduled_start    timestamptz not null,
    duration_minutes   integer     check (duration_minutes between 1 and 1440),
    location           text,
    status             text        not null default 'PLANNED'
        check (status in ('PLANNED', 'HELD', 'CANCELLED', 'MOVED')),
    -- Why it was added, moved or cancelled (the history is in meeting_change).
    status_reason      text,
    -- The verdict of the quorum rule on the attendance last recorded.
    quorate            boolean,
    quorum_summary     text,
    quorum_reasons     jsonb,
    quorum_recorded_at timestamptz,
    created_at         timestamptz not null default now(),
    created_by         uuid,
    version            integer     not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, group_id) references review_group (tenant_id, id),
    unique (tenant_id, group_id, occurrence_date),
    check ((kind = 'PLANNED') = (occurrence_date is not null)),
    check (status not in ('CANCELLED', 'MOVED') or status_reason is not null)
);
create index meeting_group_start on meeting (tenant_id, group_id, scheduled_start);

-- Every move and cancellation, with its reason: history is kept.
create table meeting_change (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    meeting_id         uuid        not null,
    change             text        not null check (change in ('MOVED', 'CANCELLED')),
    previous_start     timestamptz not null,
    new_start          timestamptz,
    reason             text        not null check (length(reason) between 1 and 2000),
    changed_at         timestamptz not null default now(),
    changed_by         uuid,
    primary key (tenant_id, id),
    foreign key (tenant_id, meeting_id) references meeting (tenant_id, id),
    check ((change = 'MOVED') = (new_start is not null))
);
create index meeting_change_meeting on meeting_change (tenant_id, meeting_id);

-- How each seat was filled at a meeting. A deputy is named and says whether they hold the
-- member's delegated authority.
create table attendance (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    meeting_id         uuid        not null,
    member_id          uuid        not null,
    status             text        not null check (status in ('PRESENT', 'APOLOGIES', 'ABSENT', 'DEPUTY')),
    deputy_name        text,
    delegated_authority boolean    not null default false,
    recorded_at        timestamptz not null default now(),
    recorded_by        uuid,
    version            integer     not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, meeting_id, member_id),
    foreign key (tenant_id, meeting_id) references meeting (tenant_id, id),
    foreign key (tenant_id, member_id) references group_member (tenant_id, id),
    check ((status = 'DEPUTY') = (deputy_name is not null)),
    check (status = 'DEPUTY' or not delegated_authority)
);

-- An item submitted for a meeting's agenda. The deadline is the terms of reference's, worked
-- out in working days when the item was submitted; late items are flagged for the chair.
create table agenda_item (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    meeting_id         uuid        not null,
    title              text        not null check (length(title) between 1 and 300),
    description        text,
    submitted_by       uuid        not null,
    submitted_at       timestamptz not null,
    deadline           date,
    late               boolean     not null default false,
    decision           text        not null default 'PROPOSED' check (decision in ('PROPOSED', 'ACCEPTED', 'REJECTED')),
    decision_reason    text,
    decided_by         uuid,
    decided_at         timestamptz,
    position           integer,
    version            integer     not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, meeting_id) references meeting (tenant_id, id)
);
create index agenda_item_meeting on agenda_item (tenant_id, meeting_id);

-- Minutes of a meeting, versioned: number 1 is drafted and approved (which locks it); an
-- amendment after approval is a new number, approved when recorded. The current minutes are the
-- highest number.
create table minutes (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    meeting_id         uuid        not null,
    number             integer     not null check (number > 0),
    status             text        not null default 'DRAFT' check (status in ('DRAFT', 'APPROVED')),
    amendment_reason   text,
    approved_at        timestamptz,
    approved_by        uuid,
    -- The meeting at which they were approved (usually the group's next one), where recorded.
    approved_at_meeting_id uuid,
    circulated_on      date,
    created_at         timestamptz not null default now(),
    created_by         uuid,
    version            integer     not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, meeting_id, number),
    foreign key (tenant_id, meeting_id) references meeting (tenant_id, id),
    foreign key (tenant_id, approved_at_meeting_id) references meeting (tenant_id, id),
    check ((status = 'APPROVED') = (approved_at is not null)),
    check (number = 1 or amendment_reason is not null)
);

-- The minutes of one agenda item (or of other business): notes and the decisions taken.
create table minute_entry (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    minutes_id         uuid        not null,
    agenda_item_id     uuid,
    position           integer     not null,
    heading            text        not null check (length(heading) between 1 and 300),
    notes              text        not null default '',
    decisions          text[]      not null default '{}',
    primary key (tenant_id, id),
    foreign key (tenant_id, minutes_id) references minutes (tenant_id, id) on delete cascade,
    foreign key (tenant_id, agenda_item_id) references agenda_item (tenant_id, id)
);
create index minute_entry_minutes on minute_entry (tenant_id, minutes_id);

-- An action from a meeting: it joins the group's action log.
create table meeting_action (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    meeting_id         uuid        not null,
    agenda_item_id     uuid,
    description        text        not null check (length(description) between 1 and 2000),
    owner              text        not null check (length(owner) between 1 and 200),
    owner_member_id    uuid,
    agency_id          uuid        not null,
    due_date           date        not null,
    status             text        not null default 'OPEN' check (status in ('OPEN', 'COMPLETED', 'CANCELLED')),
    completed_on       date,
    created_at         timestamptz not null default now(),
    created_by         uuid,
    version            integer     not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, meeting_id) references meeting (tenant_id, id),
    foreign key (tenant_id, agenda_item_id) references agenda_item (tenant_id, id),
    foreign key (tenant_id, owner_member_id) references group_member (tenant_id, id),
    foreign key (tenant_id, agency_id) references agency (tenant_id, id),
    check ((status = 'COMPLETED') = (completed_on is not null))
);
create index meeting_action_meeting on meeting_action (tenant_id, meeting_id);

do $$
declare
    t text;
begin
    foreach t in array array['meeting', 'meeting_change', 'attendance', 'agenda_item', 'minutes', 'minute_entry',
                             'meeting_action']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant_id()) '
                       'with check (tenant_id = current_tenant_id())', t);
    end loop;
end
$$;

grant select, insert, update on meeting, attendance, agenda_item, minutes, meeting_action to ${appRole};
-- Draft minutes are rewritten entry by entry.
grant select, insert, update, delete on minute_entry to ${appRole};
-- The history of moves and cancellations is only ever added to.
grant select, insert on meeting_change to ${appRole};

-- Approved minutes are locked: the application refuses edits first (409); these triggers are the
-- backstop, so no code path can rewrite them. Only the circulation date may still be recorded.
create function minutes_locked() returns trigger
    language plpgsql
as $$
begin
    if old.status = 'APPROVED' and (new.meeting_id, new.number, new.status, new.amendment_reason, new.approved_at,
            new.approved_by, new.approved_at_meeting_id) is distinct from (old.meeting_id, old.number, old.status,
            old.amendment_reason, old.approved_at, old.approved_by, old.approved_at_meeting_id) then
        raise exception 'approved minutes are locked' using errcode = 'check_violation';
    end if;
    return new;
end
$$;
create trigger minutes_locked before update on minutes for each row execute function minutes_locked();

create function minute_entry_locked() returns trigger
    language plpgsql
as $$
declare
    v_minutes uuid := case when tg_op = 'DELETE' then old.minutes_id else new.minutes_id end;
begin
    if exists (select 1 from minutes m where m.id = v_minutes and m.status = 'APPROVED')
       or (tg_op = 'UPDATE' and exists (select 1 from minutes m where m.id = old.minutes_id and m.status = 'APPROVED')) then
        raise exception 'approved minutes are locked' using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;
create trigger minute_entry_locked before insert or update or delete on minute_entry
    for each row execute function minute_entry_locked();
