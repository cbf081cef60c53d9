-- Which partnership's single sign-on proved a session (issue 11 item 6): a partnership whose
-- password sign-in is off is entered only by a session its own organisation sign-in proved, so a
-- person signed in with a password elsewhere cannot switch into it. Carried from refresh token to
-- refresh token (refresh and switch); null: proven by a password or another way. No foreign key,
-- as partnership_id has none (a global table holds none into a tenant table: see V30).
alter table refresh_token add column sso_tenant_id uuid;
comment on column refresh_token.sso_tenant_id is
    'The partnership whose single sign-on proved this session (null: a password or another way); see V38.';
