-- Issue 16: a round left open too long is closed by the daily job as EXPIRED, its draft proposals released.
alter table matching_round drop constraint matching_round_status_check;
alter table matching_round add constraint matching_round_status_check
    check (status in ('OPEN', 'CONFIRMED', 'CANCELLED', 'EXPIRED'));
