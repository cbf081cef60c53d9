-- The independent chair's days: the annual allocation from the pack (Norfolk: 24 days a year,
-- then 40 from April 2025) and the days worked against it. Conventions as V1.

create table chair_allocation (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    group_id           uuid        not null,
    -- From when the allocation applies; null: from the start.
    effective_from     date,
    days_per_year      numeric(5, 1) not null check (days_per_year > 0),
    term_years         integer     check (term_years > 0),
    basis              text,
    primary key (tenant_id, id),
    foreign key (tenant_id, group_id) references review_group (tenant_id, id)
);
create index chair_allocation_group on chair_allocation (tenant_id, group_id);

create table chair_day (
    tenant_id          uuid        not null references partnership (tenant_id),
    id                 uuid        not null,
    group_id           uuid        not null,
    worked_on          date        not null,
    days               numeric(3, 2) not null check (days > 0 and days <= 1),
    description        text        not null check (length(description) between 1 and 500),
    logged_by          uuid        not null,
    logged_at          timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, group_id) references review_group (tenant_id, id)
);
create index chair_day_group on chair_day (tenant_id, group_id, worked_on);

do $$
declare
    t text;
begin
    foreach t in array array['chair_allocation', 'chair_day']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy tenant_isolation on %I using (tenant_id = current_tenant_id()) '
                       'with check (tenant_id = current_tenant_id())', t);
    end loop;
end
$$;

-- The pack loader rewrites the allocation; days are logged and read.
grant select, insert, delete on chair_allocation to ${appRole};
grant select, insert on chair_day to ${appRole};
