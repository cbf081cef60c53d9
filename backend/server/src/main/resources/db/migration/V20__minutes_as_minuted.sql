-- Approved minutes are a record: the attendance (deputies by name), the quorum verdict and the
-- actions as they stood when the minutes were approved are kept with them, so a later change to a
-- seat's attendance or an action does not rewrite what was approved. A correction reaches the
-- minutes only through an amendment (a new version, with who approved it and why), which takes
-- its own record. The decisions are the minute entries, already locked by V4's triggers.
alter table minutes add column minuted jsonb;

-- Minutes approved before this migration get the record as the database holds it now.
update minutes n
   set minuted = jsonb_build_object(
        'takenAt', to_char(n.approved_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
        'seats', coalesce((
            select jsonb_agg(jsonb_build_object(
                       'memberId', a.member_id, 'positionTitle', gm.position_title, 'agency', ag.name,
                       'groupRole', gm.group_role, 'status', a.status, 'deputyName', a.deputy_name,
                       'delegatedAuthority', a.delegated_authority) order by gm.position_title, a.member_id)
              from attendance a
              join group_member gm on gm.tenant_id = a.tenant_id and gm.id = a.member_id
              join agency ag on ag.tenant_id = gm.tenant_id and ag.id = gm.agency_id
             where a.tenant_id = n.tenant_id and a.meeting_id = n.meeting_id), '[]'::jsonb),
        'quorum', (
            select jsonb_build_object('quorate', coalesce(m.quorate, false), 'summary', coalesce(m.quorum_summary, ''),
                                      'reasons', coalesce(m.quorum_reasons, '[]'::jsonb))
              from meeting m
             where m.tenant_id = n.tenant_id and m.id = n.meeting_id),
        'actions', coalesce((
            select jsonb_agg(jsonb_build_object(
                       'actionId', x.id, 'agendaItemId', x.agenda_item_id, 'description', x.description,
                       'owner', x.owner, 'agency', ag.name, 'dueDate', to_char(x.due_date, 'YYYY-MM-DD'))
                       order by x.due_date, x.created_at, x.id)
              from meeting_action x
              join agency ag on ag.tenant_id = x.tenant_id and ag.id = x.agency_id
             where x.tenant_id = n.tenant_id and x.meeting_id = n.meeting_id), '[]'::jsonb))
 where n.status = 'APPROVED';

-- The backstop of V4, now also over the record: approved minutes keep it as it was taken.
create or replace function minutes_locked() returns trigger
    language plpgsql
as $$
begin
    if old.status = 'APPROVED' and (new.meeting_id, new.number, new.status, new.amendment_reason, new.approved_at,
            new.approved_by, new.approved_at_meeting_id, new.minuted) is distinct from (old.meeting_id, old.number,
            old.status, old.amendment_reason, old.approved_at, old.approved_by, old.approved_at_meeting_id, old.minuted) then
        raise exception 'approved minutes are locked' using errcode = 'check_violation';
    end if;
    return new;
end
$$;

-- From now on approval takes the record in the same statement.
alter table minutes add constraint minutes_approved_with_record check (status = 'DRAFT' or minuted is not null);
