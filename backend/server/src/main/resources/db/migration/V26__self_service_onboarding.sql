-- Self-service onboarding (issue 11, items 1 to 3). Conventions as V1.

-- ---------------------------------------------------------------------------------------------
-- A request to bring a new partnership onto Review Hub. Global: it exists before its partnership
-- does. Read and written only by the onboarding package (an ArchUnit rule on the generated table).
-- Links are kept as the SHA-256 of their token only (security.SecretTokens); each is single-use
-- (cleared when used) and expires.
--   UNVERIFIED -> VERIFIED (the email link followed) -> APPROVED (by a platform admin or an
--   auto-approved domain) or REJECTED (with a reason) -> PROVISIONED (the set-up link used).
-- ---------------------------------------------------------------------------------------------
create table registration (
    id                   uuid        not null primary key,
    partnership_name     text        not null check (length(partnership_name) between 1 and 200),
    local_authorities    text[]      not null check (cardinality(local_authorities) between 1 and 20),
    requester_name       text        not null check (length(requester_name) between 1 and 200),
    requester_email      text        not null check (length(requester_email) between 3 and 254),
    status               text        not null default 'UNVERIFIED'
        check (status in ('UNVERIFIED', 'VERIFIED', 'APPROVED', 'REJECTED', 'PROVISIONED')),
    verify_token_hash    text        unique,
    verify_expires_at    timestamptz,
    setup_token_hash     text        unique,
    setup_expires_at     timestamptz,
    decided_by           uuid        references app_user (id),
    decided_at           timestamptz,
    decision_reason      text        check (length(decision_reason) <= 2000),
    auto_approved        boolean     not null default false,
    partnership_id       uuid        references partnership (tenant_id),
    created_at           timestamptz not null default now(),
    verified_at          timestamptz,
    provisioned_at       timestamptz
);
create index registration_status on registration (status, created_at);
grant select, insert, update on registration to ${appRole};

-- ---------------------------------------------------------------------------------------------
-- Mail sent for no partnership (a registration's links and outcome): the platform's outbox, the
-- twin of outbox_message, written by the mail module when no partnership is bound.
-- ---------------------------------------------------------------------------------------------
create table platform_outbox_message (
    id                 uuid        not null primary key,
    notice_kind        text,
    recipients         text[]      not null check (cardinality(recipients) > 0),
    subject            text        not null,
    body_text          text        not null,
    body_html          text,
    transport          text        not null check (transport in ('OUTBOX', 'SMTP')),
    status             text        not null check (status in ('HELD', 'PENDING', 'SENT', 'FAILED')),
    failure            text,
    created_at         timestamptz not null default now(),
    sent_at            timestamptz
);
create index platform_outbox_message_time on platform_outbox_message (created_at desc);
grant select, insert, update on platform_outbox_message to ${appRole};

-- Whether a partnership of this name (ignoring case and spaces at either end) or slug exists,
-- before any partnership is bound; answers only yes or no.
create function platform.partnership_name_taken(p_name text, p_slug text)
    returns boolean
    language sql stable security definer set search_path = public, pg_temp
as $$
    select exists (select 1 from partnership
                    where lower(btrim(name)) = lower(btrim(p_name)) or slug = p_slug)
$$;
revoke all on function platform.partnership_name_taken(text, text) from public;
grant execute on function platform.partnership_name_taken(text, text) to ${appRole};

-- A new partnership with the tenant id the caller chose (and bound to its connection), so that it
-- and its rows are written in the caller's one transaction. Unlike register_partnership it never
-- finds an existing partnership: a taken name or slug raises unique_violation.
create function platform.provision_partnership(p_tenant_id uuid, p_slug text, p_name text, p_short_name text)
    returns uuid
    language plpgsql security definer set search_path = public, pg_temp
as $$
begin
    if exists (select 1 from partnership where lower(btrim(name)) = lower(btrim(p_name)) or slug = p_slug) then
        raise unique_violation using message = 'partnership name taken', constraint = 'partnership_name_taken';
    end if;
    insert into partnership (tenant_id, slug, name, short_name) values (p_tenant_id, p_slug, p_name, p_short_name);
    return p_tenant_id;
end
$$;
revoke all on function platform.provision_partnership(uuid, text, text, text) from public;
grant execute on function platform.provision_partnership(uuid, text, text, text) to ${appRole};
