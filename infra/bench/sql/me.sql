-- GET /api/me as the application issues it (issue 14 item 2): bind, the account, its partnerships, clear.
select set_config('app.tenant_id', :tenant, false);
select id, email::text as email, display_name, password_hash, platform_roles, active, failed_sign_ins, locked_until from app_user where id = :user;
select tenant_id, slug, name, roles from platform.memberships_of(:user, current_date);
select set_config('app.tenant_id', '', false);
