-- The build that last loaded the packs shipped with the application without a problem
-- (PartnershipStartup). A start by the same build (the same code, migrations, packs and libraries:
-- uk.reviewhub.partnership.domain.BuildIdentity) has nothing new to read in them and skips reading them.
-- Global on purpose: the shipped packs are every partnership's at once. One row at most.
create table shipped_packs_load (
    only_row           boolean     not null primary key default true check (only_row),
    build_identity     text        not null check (build_identity ~ '^[0-9a-f]{64}$'),
    loaded_at          timestamptz not null
);
grant select, insert, update on shipped_packs_load to ${appRole};
