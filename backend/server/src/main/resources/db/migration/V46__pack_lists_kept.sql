-- The pack's descriptive lists, kept so that a partnership's export (PartnershipArchive) gives them
-- back and a pack loaded elsewhere from the export has them: the partnership's boroughs, and each
-- review group's member expectations, frameworks and notes. Every pack load writes them
-- (PackStore), an unchanged pack too, so a database migrated since its last load gets them at the
-- next start. Columns of existing tenant tables: their row-level security and grants stand.
alter table partnership add column boroughs text[] not null default '{}';

alter table review_group
    add column member_expectations text[] not null default '{}',
    add column frameworks          text[] not null default '{}',
    add column notes               text[] not null default '{}';
