-- The order in which a partnership lists its agencies, groups and group seats (pack order), so
-- views show them as the terms of reference do. Ties (e.g. rows added by hand) fall back to name.
alter table agency add column position integer not null default 0;
alter table review_group add column position integer not null default 0;
alter table group_member add column position integer not null default 0;
