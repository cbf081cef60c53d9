-- Indexes for the case-review read paths, found by the benchmark (infra/bench). Every one leads
-- with tenant_id: row-level security adds tenant_id = current_tenant_id() to every query.

-- The case list: a page of cases, newest first.
create index review_case_newest on review_case (tenant_id, aware_on desc, created_at desc, id);

-- The dashboard: cases that may have an open clock (the predicate of CaseStore.MAY_HAVE_OPEN_CLOCKS;
-- keep the two the same, or the planner cannot use this index).
create index review_case_open on review_case (tenant_id, aware_on desc)
    where (stage in ('REFERRED', 'NOTIFIED', 'RAPID_REVIEW', 'DECIDED', 'REVIEW_IN_PROGRESS')
           or (notified_on is null and nature <> 'OTHER'));

-- The CAP: actions still open by due date (overdue, RED and AMBER counts), and the foreign keys
-- it joins along.
create index cap_action_open_due on cap_action (tenant_id, due_on) where completed_on is null;
create index cap_action_review on cap_action (tenant_id, review_id);
create index cap_action_recommendation on cap_action (tenant_id, recommendation_id) where recommendation_id is not null;
create index case_learning_theme_theme on case_learning_theme (tenant_id, theme_id);
create index review_learning_theme_theme on review_learning_theme (tenant_id, theme_id);
