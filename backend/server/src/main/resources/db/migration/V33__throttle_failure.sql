-- The throttles' memory: one row per counted attempt (a failed sign-in, a link that matched
-- nothing, a registration), so that every backend replica counts the same attempts and a restart
-- forgets none. Global: attempts come before any partnership is known (a client address, an email
-- with or without an account). The key (a client address or an email) is kept only as its SHA-256,
-- and rows older than the longest window are deleted as new ones are written.
create table throttle_failure (
    id        uuid        not null primary key,
    scope     text        not null check (scope ~ '^[a-z][a-z-]{0,39}$'),
    key_hash  text        not null check (key_hash ~ '^[0-9a-f]{64}$'),
    failed_at timestamptz not null
);
create index throttle_failure_key on throttle_failure (scope, key_hash, failed_at);
create index throttle_failure_time on throttle_failure (failed_at);
grant select, insert, delete on throttle_failure to ${appRole};
