-- National benchmarking (issue 10): each partnership's comparators, and the one narrow path by which
-- figures across partnerships reach the application.
--
-- 1. Comparators, from the pack's national: section (the pack loader writes them): the region of
--    England, the child population aged 0 to 17 with the year and source of the estimate (null when
--    the pack gives none: the national view then says "not available", never an estimate), and the
--    statistical neighbours by pack slug.
alter table partnership
    add column region                  text check (region in ('north-east', 'north-west', 'yorkshire-and-the-humber',
                                           'east-midlands', 'west-midlands', 'east-of-england', 'london', 'south-east',
                                           'south-west')),
    add column child_population        integer check (child_population > 0),
    add column child_population_year   integer,
    add column child_population_source text,
    add column statistical_neighbours  text[] not null default '{}',
    add constraint partnership_child_population_whole
        check ((child_population is null) = (child_population_year is null)
               and (child_population is null) = (child_population_source is null));

-- 2. Working days in (p_from, p_to] (p_from's own day is day 0, as every clock counts): Monday to
--    Friday less the bank holidays given. Closed form for the weekdays (1900-01-01 was a Monday), so
--    no series is generated per row. The caller passes the bank holidays of the England-and-Wales
--    calendar the Java side already has (one home for bank-holiday data).
create function national_working_days(p_from date, p_to date, p_bank_holidays date[])
    returns integer
    language sql immutable parallel safe set search_path = pg_catalog, pg_temp
as $$
    select ((p_to + 1 - date '1900-01-01') / 7 * 5 + least((p_to + 1 - date '1900-01-01') % 7, 5))
         - ((p_from + 1 - date '1900-01-01') / 7 * 5 + least((p_from + 1 - date '1900-01-01') % 7, 5))
         - (select count(*)::int from unnest(p_bank_holidays) h
             where h > p_from and h <= p_to and extract(isodow from h) < 6)
$$;

-- 3. The counts behind every national figure, per partnership, financial year (April to March, named
--    by the year it starts) and quarter (1 = April to June). SECURITY INVOKER: called by the
--    application role it sees only the bound partnership's rows (row-level security), which is how a
--    partnership's own figures are read unsuppressed; called from national_figures (below) it runs
--    as the owner and sees every partnership. It answers counts only: no case, child or person.
--    Each measure has dimensions; within a dimension marked partition the categories add up to the
--    measure's 'all' count.
create function figure_counts(p_first_year integer, p_last_year integer, p_bank_holidays date[], p_today date)
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
    )
    select e.tenant_id, e.measure, e.dimension, e.category,
           extract(year from e.on_day - interval '3 months')::int,
           ((extract(month from e.on_day - interval '3 months')::int - 1) / 3) + 1,
           count(*)::int
      from event e
     where e.on_day >= make_date(p_first_year, 4, 1) and e.on_day < make_date(p_last_year + 1, 4, 1)
     group by 1, 2, 3, 4, 5, 6
$$;
revoke all on function figure_counts(integer, integer, date[], date) from public;
grant execute on function figure_counts(integer, integer, date[], date) to ${appRole};
grant execute on function national_working_days(date, date, date[]) to ${appRole};

-- 4. The narrow path across partnerships. SECURITY DEFINER, owned by the migration owner, with a
--    fixed search_path; the application role may execute it and nothing else reaches across
--    tenants. It answers aggregates only (England, each region, each partnership), at fixed grains
--    (financial year; quarter within it) so no window can be chosen to difference one case out, and
--    every count it answers is 0, above the suppression limit, or suppressed (value null): a count
--    from 1 to the limit never leaves the database. The limit is the caller's configuration but
--    never below 5, the official convention (the DfE suppresses counts of 1 to 5). Secondary
--    suppression is the application's (uk.reviewhub.national.domain.Suppression), over these rows.
--    Quarter 0 is the whole financial year. Partnerships without a region count under 'not-set'.
create function national_figures(p_first_year integer, p_last_year integer, p_bank_holidays date[], p_today date,
                                 p_suppress_up_to integer)
    returns table (measure text, dimension text, category text, area_level text, area text, financial_year integer,
                   quarter integer, value integer, suppressed boolean)
    language sql stable security definer set search_path = public, pg_temp
as $$
    with counted as (
        select p.slug, coalesce(p.region, 'not-set') as region, f.measure, f.dimension, f.category,
               f.financial_year, f.quarter, f.n
          from figure_counts(p_first_year, p_last_year, p_bank_holidays, p_today) f
          join partnership p on p.tenant_id = f.tenant_id
    ),
    rolled as (
        select measure, dimension, category,
               case when grouping(slug) = 0 then 'partnership' when grouping(region) = 0 then 'region' else 'england' end
                   as area_level,
               coalesce(slug, region, 'england') as area,
               financial_year, coalesce(quarter, 0) as quarter, sum(n)::int as n
          from counted
         group by measure, dimension, category, financial_year,
                  grouping sets ((region, slug, quarter), (region, slug), (region, quarter), (region), (quarter), ())
    )
    select measure, dimension, category, area_level, area, financial_year, quarter,
           case when n between 1 and greatest(p_suppress_up_to, 5) then null else n end,
           n between 1 and greatest(p_suppress_up_to, 5)
      from rolled
$$;
revoke all on function national_figures(integer, integer, date[], date, integer) from public;
grant execute on function national_figures(integer, integer, date[], date, integer) to ${appRole};

-- 5. Every partnership's comparators (no case data), for the national view's areas and neighbours.
create function national_partnerships()
    returns table (slug text, name text, short_name text, region text, child_population integer,
                   child_population_year integer, child_population_source text, statistical_neighbours text[])
    language sql stable security definer set search_path = public, pg_temp
as $$
    select slug, name, short_name, region, child_population, child_population_year, child_population_source,
           statistical_neighbours
      from partnership order by name
$$;
revoke all on function national_partnerships() from public;
grant execute on function national_partnerships() to ${appRole};
