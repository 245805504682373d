-- The coordinator's reason for allowing the next transfer proposal of a case despite its conditions (minimum time
-- in the intermediary lease, steps settled, no unanswered nuisance report); cleared when that proposal is made.
alter table placement_case add column transfer_allowed_because varchar(1000);
