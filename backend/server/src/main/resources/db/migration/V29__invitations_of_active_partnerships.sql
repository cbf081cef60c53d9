-- An invitation's link leads somewhere only while its partnership is active: a suspended partnership,
-- or one being offboarded, cannot sign anyone in (V28), so accepting one of its invitations would
-- make an account and a role and then refuse the person. Its links now match nothing (404), before
-- anything is written; reactivated, they work again while they have not expired.
create or replace function platform.invitation_tenant(p_token_hash bytea) returns uuid
    language sql stable security definer set search_path = public, pg_temp
as $$
    select i.tenant_id
      from invitation i
      join partnership p on p.tenant_id = i.tenant_id
     where i.token_hash = p_token_hash
       and p.status = 'ACTIVE'
$$;
revoke all on function platform.invitation_tenant(bytea) from public;
grant execute on function platform.invitation_tenant(bytea) to ${appRole};
