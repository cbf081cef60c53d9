-- The same transaction without policies (the owner role bypasses row-level security); the tenant is
-- named in the query instead, so both return the same rows.
begin;
select set_config('app.tenant_id', :tenant, true);
select m.id, m.position_title, m.group_role, m.membership_kind, m.start_date, m.end_date, m.user_id,
       m.end_reason, m.deputy_post, m.deputy_name, m.deputy_delegated_authority, m.deputy_from, m.deputy_to,
       m.source, m.version, a.id as agency_id, a.code as agency_code, a.name as agency_name,
       a.kind as agency_kind, a.statutory_partner, a.compact_signed_on, a.source as agency_source, a.version as agency_version
  from group_member m join agency a on a.tenant_id = m.tenant_id and a.id = m.agency_id
 where m.group_id = :group and m.tenant_id = :tenant
 order by a.position, a.name, m.position, m.start_date nulls first, m.position_title;
commit;
