-- Invitations (issue 11 item 5): a partnership admin invites a person by email with a partnership
-- role and, optionally, a seat in a review group. Conventions as V1 and V16.
--
-- The link's token is never stored: token_hash is its SHA-256 (uk.reviewhub.security.SecretTokens).
-- A link is single-use (status ACCEPTED), expires (expires_at: 7 days after it was sent), and is
-- replaced by a resend (a new hash: the old link then matches nothing) or ended by a revocation.
-- The person accepting is not signed in, so the partnership is found from the link alone through
-- one narrow security-definer function that answers the tenant id and nothing else.

create table invitation (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    email              text        not null check (length(email) between 3 and 254),
    display_name       text        not null check (length(btrim(display_name)) between 1 and 200),
    role               text        not null check (role in (
                           'PARTNERSHIP_ADMIN', 'CHAIR', 'VICE_CHAIR', 'MEMBER', 'BUSINESS_SUPPORT',
                           'SAFEGUARDING_CHAIR', 'SAFEGUARDING_MANAGER', 'SAFEGUARDING_SUPPORT', 'SCRUTINEER')),
    -- A seat (group_member) the person takes when they accept, if it has nobody linked yet.
    group_member_id    uuid,
    token_hash         bytea       not null check (length(token_hash) = 32),
    status             text        not null default 'PENDING' check (status in ('PENDING', 'ACCEPTED', 'REVOKED')),
    sent_at            timestamptz not null,
    expires_at         timestamptz not null,
    times_sent         integer     not null default 1 check (times_sent between 1 and 1000),
    invited_by         uuid        not null references app_user (id),
    invited_at         timestamptz not null,
    accepted_at        timestamptz,
    accepted_user_id   uuid        references app_user (id),
    revoked_at         timestamptz,
    revoked_by         uuid        references app_user (id),
    version            integer     not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, group_member_id) references group_member (tenant_id, id),
    check (expires_at > sent_at),
    check ((status = 'ACCEPTED') = (accepted_at is not null and accepted_user_id is not null)),
    check ((status = 'REVOKED') = (revoked_at is not null and revoked_by is not null))
);
create unique index invitation_token on invitation (token_hash);
-- One open invitation per person and partnership: inviting again is a resend.
create unique index invitation_one_open on invitation (tenant_id, lower(email)) where status = 'PENDING';
select platform.enable_tenant_isolation('invitation', '${appRole}', 'select, insert, update');

-- The partnership an invitation link belongs to (null for an unknown link), for the public
-- acceptance page, which then binds that tenant and reads the invitation through row-level security.
create function platform.invitation_tenant(p_token_hash bytea) returns uuid
    language sql stable security definer set search_path = public, pg_temp
as $$
    select tenant_id from invitation where token_hash = p_token_hash
$$;
revoke all on function platform.invitation_tenant(bytea) from public;
grant execute on function platform.invitation_tenant(bytea) to ${appRole};
