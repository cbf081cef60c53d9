-- Where each terms-of-reference version came from: the partnership's pack, or an admin's edit
-- (created_by names the admin). A pack reload adds no version over an admin's edit; the change it
-- did not apply is noted with that load, so the terms-of-reference history can say so.

alter table terms_of_reference
    add column source text not null default 'PACK' check (source in ('PACK', 'ADMIN'));

-- Until now only admins' edits named who made them; the pack loader names no one. The owner is
-- exempt from row-level security while the table does not force it, so the update sees every tenant.
alter table terms_of_reference no force row level security;
update terms_of_reference set source = 'ADMIN' where created_by is not null;
alter table terms_of_reference force row level security;

-- Per load: [{groupId, groupCode, adminVersion, editedAt, editedBy}] for each group whose terms in
-- the pack differ from the last version the pack wrote, left unapplied because an admin edited since.
alter table pack_load
    add column terms_not_applied jsonb not null default '[]';
