-- Agenda publishing: each time the chair publishes a meeting's agenda with its papers, a new
-- revision is recorded (who, when, and the published items in order with their papers). Revisions
-- are only ever added: re-publishing after a change keeps the earlier ones as they were. The
-- agenda-published clock reads its completion from the first revision. Conventions as V1.

create table agenda_publication (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    meeting_id         uuid        not null,
    revision           integer     not null check (revision >= 1),
    published_at       timestamptz not null,
    published_by       uuid        not null,
    -- The published agenda as it stood: [{"itemId", "position", "title", "papers": [{"id", "name"}]}].
    items              jsonb       not null check (jsonb_typeof(items) = 'array'),
    primary key (tenant_id, id),
    foreign key (tenant_id, meeting_id) references meeting (tenant_id, id),
    unique (tenant_id, meeting_id, revision)
);

alter table agenda_publication enable row level security;
alter table agenda_publication force row level security;
create policy tenant_isolation on agenda_publication using (tenant_id = current_tenant_id())
    with check (tenant_id = current_tenant_id());

-- The history of publications is only ever added to.
grant select, insert on agenda_publication to ${appRole};
