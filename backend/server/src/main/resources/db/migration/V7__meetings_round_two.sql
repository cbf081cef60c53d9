-- Meetings, round two: calendar feeds, papers on agenda items, follow-ups of repeated apologies.
-- Conventions as V1 and V4: tenant_id first, keys (tenant_id, id), composite foreign keys,
-- ENABLE + FORCE row-level security with USING and WITH CHECK on current_tenant_id().

-- A user's iCalendar feed. Calendar apps cannot send a bearer token, so the feed URL carries a
-- random token; only its SHA-256 is kept. A revoked feed answers nothing.
create table calendar_feed (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    user_id            uuid        not null references app_user (id),
    token_hash         bytea       not null unique check (length(token_hash) = 32),
    created_at         timestamptz not null default now(),
    revoked_at         timestamptz,
    primary key (tenant_id, id)
);
create index calendar_feed_user on calendar_feed (tenant_id, user_id);

-- A paper attached to an agenda item. The bytes are kept here and only ever served as a download.
create table paper (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    agenda_item_id     uuid        not null,
    file_name          text        not null check (length(file_name) between 1 and 255),
    media_type         text        not null,
    size_bytes         bigint      not null check (size_bytes > 0),
    sha256             text        not null,
    content            bytea       not null,
    uploaded_by        uuid        not null,
    uploaded_at        timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, agenda_item_id) references agenda_item (tenant_id, id),
    check (length(content) = size_bytes)
);
create index paper_agenda_item on paper (tenant_id, agenda_item_id);

-- A task for the chair: a member sent apologies for a second consecutive meeting.
create table follow_up (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    group_id           uuid        not null,
    member_id          uuid        not null,
    meeting_id         uuid        not null,
    previous_meeting_id uuid       not null,
    kind               text        not null default 'APOLOGIES_TWICE' check (kind in ('APOLOGIES_TWICE')),
    status             text        not null default 'OPEN' check (status in ('OPEN', 'DONE')),
    letter             text,
    letter_note        text,
    created_at         timestamptz not null default now(),
    primary key (tenant_id, id),
    unique (tenant_id, meeting_id, member_id, kind),
    foreign key (tenant_id, group_id) references review_group (tenant_id, id),
    foreign key (tenant_id, member_id) references group_member (tenant_id, id),
    foreign key (tenant_id, meeting_id) references meeting (tenant_id, id),
    foreign key (tenant_id, previous_meeting_id) references meeting (tenant_id, id)
);
create index follow_up_group on follow_up (tenant_id, group_id);

do $$
declare
    t text;
begin
    foreach t in array array['calendar_feed', 'paper', 'follow_up']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant_id()) '
                       'with check (tenant_id = current_tenant_id())', t);
    end loop;
end
$$;

grant select, insert, update on calendar_feed, follow_up to ${appRole};
-- Papers are added and read; never rewritten.
grant select, insert on paper to ${appRole};

-- The feed behind a token, for the anonymous calendar route before any tenant is bound. It answers
-- only the tenant and the user of a live feed, never anything else.
create function platform.calendar_feed_by_token(p_token_hash bytea)
    returns table (tenant_id uuid, feed_id uuid, user_id uuid)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select f.tenant_id, f.id, f.user_id from calendar_feed f
     where f.token_hash = p_token_hash and f.revoked_at is null
$$;
revoke all on function platform.calendar_feed_by_token(bytea) from public;
grant execute on function platform.calendar_feed_by_token(bytea) to ${appRole};
