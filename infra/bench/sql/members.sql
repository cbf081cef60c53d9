-- GET /api/groups/{id}/members as the application issues it: bind, the group, its seats with their agencies, clear.
select set_config('app.tenant_id', :tenant, false);
select id, code, name, short_name, former_name from review_group where id = :group;
select m.id, m.position_title, m.group_role, m.membership_kind, m.start_date, m.end_date, m.user_id,
       m.end_reason, m.deputy_post, m.deputy_name, m.deputy_delegated_authority, m.deputy_from, m.deputy_to,
       m.source, m.version, a.id as agency_id, a.code as agency_code, a.name as agency_name,
       a.kind as agency_kind, a.statutory_partner, a.compact_signed_on, a.source as agency_source, a.version as agency_version
  from group_member m join agency a on a.tenant_id = m.tenant_id and a.id = m.agency_id
 where m.group_id = :group
 order by a.position, a.name, m.position, m.start_date nulls first, m.position_title;
select set_config('app.tenant_id', '', false);
