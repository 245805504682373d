-- A user may take their notifications as one e-mail each working morning instead of one e-mail each.
-- digest_sent_up_to: the moment up to which notifications have gone out in a digest (none yet: null).
alter table user_account add column daily_digest boolean not null default false;
alter table user_account add column digest_sent_up_to timestamp with time zone;

-- the notification list groups by what a notification is about (its link), newest first
create index notification_account_link_idx on notification (account_id, link, created_at);
