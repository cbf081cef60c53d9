-- Documents from the partnership's templates, and the mail outbox (issue 4, items 8 and 9).

-- Document templates, versioned per partnership and kind. Only templates that compiled and
-- rendered against the kind's sample data are stored, so the current template of a kind is simply
-- its highest version. source: PACK (from the partnership's pack) or EDIT (saved by an admin).
create table document_template (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    kind               text        not null check (kind in ('AGENDA', 'MINUTES', 'APOLOGY_FOLLOW_UP_LETTER',
                                       'TERMS_OF_REFERENCE')),
    version            integer     not null check (version > 0),
    body               text        not null check (length(body) <= 200000),
    source             text        not null check (source in ('PACK', 'EDIT')),
    created_at         timestamptz not null default now(),
    created_by         uuid        references app_user (id),
    primary key (tenant_id, id),
    unique (tenant_id, kind, version)
);

-- Every message the application sends, whatever the transport: with no mail server configured
-- (the development default) it stays here as HELD and the UI shows it; with SMTP it is PENDING
-- until the server accepts it (SENT) or refuses it (FAILED, with the reason).
create table outbox_message (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    notice_kind        text,
    recipients         text[]      not null check (cardinality(recipients) > 0),
    subject            text        not null,
    body_text          text        not null,
    body_html          text,
    transport          text        not null check (transport in ('OUTBOX', 'SMTP')),
    status             text        not null check (status in ('HELD', 'PENDING', 'SENT', 'FAILED')),
    failure            text,
    created_at         timestamptz not null default now(),
    sent_at            timestamptz,
    primary key (tenant_id, id)
);
create index outbox_message_time on outbox_message (tenant_id, created_at desc);

do $$
declare
    t text;
begin
    foreach t in array array['document_template', 'outbox_message']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant_id()) '
                       'with check (tenant_id = current_tenant_id())', t);
    end loop;
end
$$;

-- Template versions are history: inserted and read, never rewritten.
grant select, insert on document_template to ${appRole};
grant select, insert, update on outbox_message to ${appRole};
