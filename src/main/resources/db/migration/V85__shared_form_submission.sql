-- The submission token of every form that was sent, with where the user was sent afterwards, so that a form sent
-- twice (a double click, or "back" and send again) is processed once. Tokens are forgotten after a day.
create table form_submission (
    token varchar(64) primary key,
    username varchar(100) not null,
    claimed_at timestamp with time zone not null,
    outcome varchar(2000)
);

create index form_submission_claimed_at_idx on form_submission (claimed_at);
