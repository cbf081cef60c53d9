-- A registration (global: it exists before its partnership) names the partnership it became, but
-- not as a foreign key: a global table must not hold a foreign key into a tenant table, which a
-- database sharded by partnership cannot enforce (TenantTablesSpec checks the catalogue for it).
-- Offboarding deletes the registration with the partnership, as it does every row naming it.
alter table registration drop constraint registration_partnership_id_fkey;
comment on column registration.partnership_id is
    'The partnership provisioned from this request (no foreign key: see V30); deleted with it at offboarding.';
