-- One owner-side function that makes a table a tenant table, so a migration that adds one calls
--
--     select platform.enable_tenant_isolation('my_table', '${appRole}', 'select, insert');
--
-- instead of repeating the lines every earlier migration wrote by hand: ENABLE and FORCE row-level
-- security (FORCE so that even the owner sees only the bound tenant's rows), the tenant_isolation
-- policy with USING and WITH CHECK on current_tenant_id(), and the application role's grants.
-- The table must have tenant_id as the first column of its primary key (checked here, so a table
-- that cannot be isolated is refused at migration time, not found out later).
--
-- Runs as the owner during migrations; the application role may not execute it.

create function platform.enable_tenant_isolation(target regclass, app_role name, privileges text)
    returns void
    language plpgsql
    set search_path = public, pg_temp
as $$
declare
    privilege text;
    first_key_column name;
begin
    select a.attname into first_key_column
      from pg_constraint k
      join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
     where k.conrelid = target and k.contype = 'p';
    if first_key_column is distinct from 'tenant_id' then
        raise exception 'enable_tenant_isolation: % needs tenant_id as the first column of its primary key', target;
    end if;
    if privileges is null or btrim(privileges) = '' then
        raise exception 'enable_tenant_isolation: name the application role''s privileges on %', target;
    end if;
    foreach privilege in array regexp_split_to_array(lower(btrim(privileges)), '\s*,\s*')
    loop
        if privilege not in ('select', 'insert', 'update', 'delete') then
            raise exception 'enable_tenant_isolation: privilege "%" is not select, insert, update or delete', privilege;
        end if;
        execute format('grant %s on %s to %I', privilege, target, app_role);
    end loop;
    execute format('alter table %s enable row level security', target);
    execute format('alter table %s force row level security', target);
    execute format('create policy tenant_isolation on %s using (tenant_id = current_tenant_id()) '
                   'with check (tenant_id = current_tenant_id())', target);
end
$$;

revoke all on function platform.enable_tenant_isolation(regclass, name, text) from public;
