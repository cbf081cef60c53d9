-- The performance report (issue 4, item 10) is rendered from the partnership's own template, so
-- admins may save versions of the new kind PERFORMANCE_REPORT.
alter table document_template drop constraint document_template_kind_check;
alter table document_template add constraint document_template_kind_check
    check (kind in ('AGENDA', 'MINUTES', 'APOLOGY_FOLLOW_UP_LETTER', 'TERMS_OF_REFERENCE', 'PERFORMANCE_REPORT'));
