-- Independent scrutiny's reports (issue 12 item 7): a piece's report to the statutory partners and
-- the Partnership Group, and the annual summary of scrutiny, are made from the partnership's own
-- templates like the other documents, so admins may save versions of the two new kinds.
alter table document_template drop constraint document_template_kind_check;
alter table document_template add constraint document_template_kind_check
    check (kind in ('AGENDA', 'MINUTES', 'APOLOGY_FOLLOW_UP_LETTER', 'TERMS_OF_REFERENCE', 'PERFORMANCE_REPORT',
                    'CP_DECISION_LETTER', 'CP_FULL_RECORD', 'SCRUTINY_REPORT', 'SCRUTINY_ANNUAL_SUMMARY'));
