-- Login throttling instead of a hard account lock (issue 14, ASVS 6.3): failed logins are counted per client
-- address and per account-and-address, under a SHA-256 of the key, so that nothing a stranger types is stored
-- and each row has a fixed size. Rows are forgotten an hour after their last failure.
create table login_throttle (
    throttle_key char(64) primary key,
    failures integer not null,
    last_failure_at timestamp with time zone not null
);

create index login_throttle_last_failure_idx on login_throttle (last_failure_at);

-- An administrator's reset makes the user choose a new password at the next login.
alter table user_account add column password_change_required boolean not null default false;

-- The hard lock is gone: anyone could trigger it.
alter table user_account drop column failed_logins;
alter table user_account drop column locked_until;
