-- Membership managed by partnership admins, with its history. Conventions as V1.
--
-- Agencies and seats carry who manages them: PACK rows are the partnership pack's and a pack
-- reload keeps them in step with it; ADMIN rows were added, or taken over by an edit, by a
-- partnership admin, and a reload leaves them alone. Seats are never deleted by an admin: they are
-- ended (end date and reason) and stay as former members.

alter table agency add column source text not null default 'PACK' check (source in ('PACK', 'ADMIN'));

alter table group_member add column source text not null default 'PACK' check (source in ('PACK', 'ADMIN'));
-- The seat's title as the pack names it (the pack matches seats by it), so an admin's change of
-- title does not make the pack add the seat again. Null for seats an admin added.
alter table group_member add column pack_key text;
update group_member set pack_key = position_title;
alter table group_member add column end_reason text check (length(end_reason) <= 2000);
-- A standing nominated deputy who attends when the member cannot: a post or a name (or both),
-- whether they hold the member's delegated authority, and optionally from and to when.
alter table group_member add column deputy_post text check (length(deputy_post) <= 300);
alter table group_member add column deputy_name text check (length(deputy_name) <= 200);
alter table group_member add column deputy_delegated_authority boolean not null default false;
alter table group_member add column deputy_from date;
alter table group_member add column deputy_to date;
alter table group_member add constraint group_member_deputy_named
    check (deputy_post is not null or deputy_name is not null
           or (not deputy_delegated_authority and deputy_from is null and deputy_to is null));
alter table group_member add constraint group_member_deputy_dates
    check (deputy_to is null or deputy_from is null or deputy_to >= deputy_from);
create index group_member_pack_key on group_member (tenant_id, group_id, pack_key);

-- What a pack load skipped or ended because an admin manages the rows, for the record.
alter table pack_load add column notes text[] not null default '{}';

-- Every change to a seat or an agency: who (null for the pack), when, what (each field before and
-- after), why. Append-only: the application may insert and read, never update or delete (as
-- audit_event). No foreign key to the seat or agency, so the history outlives a seat the pack
-- removed before it was ever used.
create table membership_change (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    subject            text        not null check (subject in ('MEMBER', 'AGENCY')),
    subject_id         uuid        not null,
    -- For seats: their group, so a group's history can be read in one go.
    group_id           uuid,
    action             text        not null check (action in ('ADDED', 'CHANGED', 'ENDED', 'REMOVED')),
    -- [{"field": "...", "before": "...", "after": "..."}], values as text.
    changes            jsonb       not null default '[]',
    reason             text        check (length(reason) <= 2000),
    source             text        not null check (source in ('PACK', 'ADMIN')),
    changed_by         uuid,
    changed_at         timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, group_id) references review_group (tenant_id, id),
    check ((subject = 'MEMBER') = (group_id is not null)),
    check ((source = 'ADMIN') = (changed_by is not null))
);
create index membership_change_subject on membership_change (tenant_id, subject_id, changed_at);

alter table membership_change enable row level security;
alter table membership_change force row level security;
create policy tenant_isolation on membership_change using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

grant select, insert on membership_change to ${appRole};
