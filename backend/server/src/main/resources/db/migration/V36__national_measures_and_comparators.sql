-- National benchmarking, the rest of issue 10.
--
-- 1. Who set a partnership's comparators (region, child population, statistical neighbours): its
--    pack ('pack', the default) or a partnership admin through the API ('admin'). A pack load does
--    not write over an admin's values.
alter table partnership
    add column comparators_set_by text not null default 'pack' check (comparators_set_by in ('pack', 'admin'));

-- 2. The counts behind every national figure (V19's figure_counts, same signature and grain), with the
--    measures that were shown as x until now: meetings held and quorate, minutes circulated by the
--    group's own deadline, and initial child protection conferences within 15 working days of the
--    strategy discussion. Still SECURITY INVOKER (the application sees only the bound partnership) and
--    reached across partnerships only through national_figures (V19), which suppresses every count.
create or replace function figure_counts(p_first_year integer, p_last_year integer, p_bank_holidays date[], p_today date)
    returns table (tenant_id uuid, measure text, dimension text, category text, financial_year integer,
                   quarter integer, n integer)
    language sql stable set search_path = public, pg_temp
as $$
    with event (tenant_id, measure, dimension, category, on_day) as (
        -- Serious incident notifications, by the day they were sent, with the child's characteristics.
        select c.tenant_id, 'notifications', d.dimension, d.category, c.notified_on
          from review_case c
          cross join lateral (values
                ('all', 'all'),
                ('nature', replace(lower(c.nature), '_', '-')),
                ('age-band', replace(lower(c.age_band), '_', '-')),
                ('sex', lower(c.sex)),
                ('ethnicity', lower(c.ethnicity)),
                ('looked-after', case when c.looked_after then 'yes' else 'no' end),
                ('cp-plan', case when c.cp_plan then 'yes' else 'no' end)) d (dimension, category)
         where c.origin = 'SIN' and c.notified_on is not null
        union all
        -- Rapid reviews sent to the Panel, by the notification's day: within 15 working days or not.
        select c.tenant_id, 'rapid-reviews', d.dimension, d.category, c.notified_on
          from rapid_review r join review_case c on c.tenant_id = r.tenant_id and c.id = r.case_id
          cross join lateral (values
                ('all', 'all'),
                ('timeliness', case when national_working_days(c.notified_on, r.sent_to_panel_on - 1, p_bank_holidays) < 15
                                    then 'on-time' else 'late' end)) d (dimension, category)
         where c.notified_on is not null and r.sent_to_panel_on is not null
        union all
        -- The partners' decisions, by the day decided.
        select v.tenant_id, 'decisions', d.dimension, d.category, v.decided_on
          from review_decision v
          cross join lateral (values
                ('all', 'all'),
                ('decision', case v.decision when 'LCSPR' then 'lcspr' when 'NO_REVIEW' then 'none'
                                  else 'other-review' end)) d (dimension, category)
        union all
        -- LCSPRs published, by the day published: within 6 months of commissioning or not.
        select r.tenant_id, 'lcspr-publication', d.dimension, d.category, r.published_on
          from commissioned_review r
          cross join lateral (values
                ('all', 'all'),
                ('timeliness', case when r.published_on <= (r.commissioned_on + interval '6 months')::date
                                    then 'on-time' else 'late' end)) d (dimension, category)
         where r.review_type = 'LCSPR' and r.published_on is not null
        union all
        -- Final reports sent to the Panel, by the publication day: at least 7 working days before it.
        select r.tenant_id, 'final-report', d.dimension, d.category, r.published_on
          from commissioned_review r
          cross join lateral (values
                ('all', 'all'),
                ('timeliness', case when national_working_days(r.sent_to_panel_on, r.published_on - 1, p_bank_holidays)
                                         >= case when extract(isodow from r.sent_to_panel_on) < 6
                                                      and not r.sent_to_panel_on = any (p_bank_holidays) then 6 else 7 end
                                    then 'on-time' else 'late' end)) d (dimension, category)
         where r.published_on is not null and r.sent_to_panel_on is not null
        union all
        -- Composite Action Plan actions, by their due day: completed on time, completed late, open
        -- and overdue, open and not yet due.
        select a.tenant_id, 'cap-actions', d.dimension, d.category, a.due_on
          from cap_action a
          cross join lateral (values
                ('all', 'all'),
                ('cap-status', case when a.completed_on is not null and a.completed_on <= a.due_on then 'completed-on-time'
                                    when a.completed_on is not null then 'completed-late'
                                    when a.due_on < p_today then 'overdue'
                                    else 'not-yet-due' end)) d (dimension, category)
        union all
        -- Reviews commissioned, by the day commissioned, and the national learning themes they name
        -- (a review may name several: the themes are not a partition).
        select r.tenant_id, 'reviews', 'all', 'all', r.commissioned_on
          from commissioned_review r
        union all
        select r.tenant_id, 'reviews', 'learning-theme', t.code, r.commissioned_on
          from commissioned_review r
          join review_learning_theme rt on rt.tenant_id = r.tenant_id and rt.review_id = r.id
          join learning_theme t on t.tenant_id = rt.tenant_id and t.id = rt.theme_id and t.national
        union all
        -- Meetings held, by their day (London), and whether the attendance recorded made them quorate.
        select m.tenant_id, 'meetings', d.dimension, d.category, (m.scheduled_start at time zone 'Europe/London')::date
          from meeting m
          cross join lateral (values
                ('all', 'all'),
                ('quorum', case when m.quorate then 'quorate' when not m.quorate then 'not-quorate'
                                else 'not-recorded' end)) d (dimension, category)
         where m.status = 'HELD'
        union all
        -- Minutes of the meetings held whose group's current terms of reference set a deadline for
        -- circulating them (N working days after the meeting), by the meeting's day, once circulated or
        -- due: circulated by the deadline, or later (or not yet, past it).
        select m.tenant_id, 'minutes', d.dimension, d.category, m.day
          from (select m.tenant_id, (m.scheduled_start at time zone 'Europe/London')::date as day, c.circulated_on, t.days
                  from meeting m
                  cross join lateral (select min(n.circulated_on) as circulated_on from minutes n
                                       where n.tenant_id = m.tenant_id and n.meeting_id = m.id) c
                  cross join lateral (select (e ->> 'workingDays')::int as days
                                        from terms_of_reference r, jsonb_array_elements(r.deadlines) e
                                       where r.tenant_id = m.tenant_id and r.group_id = m.group_id
                                         and e ->> 'code' = 'minutes-circulated' and e ->> 'direction' = 'AFTER'
                                         and r.version = (select max(v.version) from terms_of_reference v
                                                           where v.tenant_id = m.tenant_id and v.group_id = m.group_id)) t
                 where m.status = 'HELD') m
          cross join lateral (values
                ('all', 'all'),
                ('timeliness', case when m.circulated_on is not null
                                         and national_working_days(m.day, m.circulated_on, p_bank_holidays) <= m.days
                                    then 'on-time' else 'late' end)) d (dimension, category)
         where m.circulated_on is not null or national_working_days(m.day, p_today, p_bank_holidays) >= m.days
        union all
        -- Initial child protection conferences (the first held of each episode that is not pre-birth),
        -- by the day held: within 15 working days of the strategy discussion (the episode's start) or later.
        select e.tenant_id, 'initial-conferences', d.dimension, d.category, e.held_on
          from (select c.tenant_id, p.started_on, min(c.held_on) as held_on
                  from cp_conference c
                  join cp_episode p on p.tenant_id = c.tenant_id and p.id = c.episode_id
                 where c.kind = 'INITIAL' and c.held_on is not null and p.kind = 'CHILD_PROTECTION' and not p.pre_birth
                 group by c.tenant_id, p.id, p.started_on) e
          cross join lateral (values
                ('all', 'all'),
                ('timeliness', case when national_working_days(e.started_on, e.held_on, p_bank_holidays) <= 15
                                    then 'on-time' else 'late' end)) d (dimension, category)
    )
    select e.tenant_id, e.measure, e.dimension, e.category,
           extract(year from e.on_day - interval '3 months')::int,
           ((extract(month from e.on_day - interval '3 months')::int - 1) / 3) + 1,
           count(*)::int
      from event e
     where e.on_day >= make_date(p_first_year, 4, 1) and e.on_day < make_date(p_last_year + 1, 4, 1)
     group by 1, 2, 3, 4, 5, 6
$$;
