-- Single sign-on per partnership (issue 11 items 6 and 8): a partnership admin sets up OpenID
-- Connect with the partnership's Microsoft Entra ID tenant. Conventions as V1 and V16.
--
-- The client secret is never stored in clear: client_secret_sealed is AES-256-GCM (a 12-byte IV,
-- then the ciphertext and its 16-byte tag) under a key from configuration (REVIEWHUB_SECRETS_KEY,
-- uk.reviewhub.security.SecretsKey). A domain belongs to one partnership at most, so the sign-in
-- page can answer "sign in with your organisation" from the email's domain alone.

create table sso_setting (
    tenant_id            uuid        not null references partnership (tenant_id),
    entra_tenant_id      text        not null check (entra_tenant_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
    client_id            text        not null check (client_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
    client_secret_sealed bytea       not null check (length(client_secret_sealed) between 29 and 1100),
    password_sign_in     boolean     not null default true,
    updated_by           uuid        not null references app_user (id),
    updated_at           timestamptz not null,
    version              integer     not null default 0,
    primary key (tenant_id)
);
select platform.enable_tenant_isolation('sso_setting', '${appRole}', 'select, insert, update');

create table sso_domain (
    tenant_id uuid not null references sso_setting (tenant_id),
    domain    text not null check (domain = lower(domain) and length(domain) between 3 and 253),
    primary key (tenant_id, domain)
);
create unique index sso_domain_once on sso_domain (domain);
select platform.enable_tenant_isolation('sso_domain', '${appRole}', 'select, insert, delete');

-- One sign-in through the provider in progress: only the SHA-256 of its state is kept; the nonce and
-- the PKCE verifier are derived from the state with a key the browser never sees. Used once.
create table sso_attempt (
    tenant_id  uuid        not null references partnership (tenant_id),
    state_hash bytea       not null check (length(state_hash) = 32),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    primary key (tenant_id, state_hash),
    check (expires_at > created_at)
);
create unique index sso_attempt_state on sso_attempt (state_hash);
select platform.enable_tenant_isolation('sso_attempt', '${appRole}', 'select, insert, update, delete');

-- An identity at the provider (its subject) linked to a person, once, per partnership.
create table sso_identity (
    tenant_id uuid        not null references partnership (tenant_id),
    subject   text        not null check (length(subject) between 1 and 200),
    user_id   uuid        not null references app_user (id),
    linked_at timestamptz not null,
    primary key (tenant_id, subject)
);
create unique index sso_identity_person on sso_identity (tenant_id, user_id);
select platform.enable_tenant_isolation('sso_identity', '${appRole}', 'select, insert');

-- The active partnership whose single sign-on takes this email domain (null for none), for the
-- public sign-in page: answers the tenant id and nothing else.
create function platform.sso_tenant_of_domain(p_domain text) returns uuid
    language sql stable security definer set search_path = public, pg_temp
as $$
    select d.tenant_id
      from sso_domain d
      join partnership p on p.tenant_id = d.tenant_id
     where d.domain = lower(p_domain)
       and p.status = 'ACTIVE'
$$;
revoke all on function platform.sso_tenant_of_domain(text) from public;
grant execute on function platform.sso_tenant_of_domain(text) to ${appRole};

-- The partnership a sign-in in progress belongs to, from its state's hash (null for none).
create function platform.sso_attempt_tenant(p_state_hash bytea) returns uuid
    language sql stable security definer set search_path = public, pg_temp
as $$
    select a.tenant_id
      from sso_attempt a
      join partnership p on p.tenant_id = a.tenant_id
     where a.state_hash = p_state_hash
       and p.status = 'ACTIVE'
$$;
revoke all on function platform.sso_attempt_tenant(bytea) from public;
grant execute on function platform.sso_attempt_tenant(bytea) to ${appRole};

-- The partnerships that have turned password sign-in off (their people sign in through the provider).
create function platform.password_sign_in_off() returns setof uuid
    language sql stable security definer set search_path = public, pg_temp
as $$
    select tenant_id from sso_setting where not password_sign_in
$$;
revoke all on function platform.password_sign_in_off() from public;
grant execute on function platform.password_sign_in_off() to ${appRole};
