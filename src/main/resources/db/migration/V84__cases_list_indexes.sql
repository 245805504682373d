-- The cases list sorts by the next due date (PlacementCaseRepository.search), for a corporation or care provider
-- over its own cases; the case notifications list by creation, newest first, per recipient. The new indexes lead
-- with the same columns as the ones they replace. case_notification.case_id is a foreign key without an index of
-- its own, so deleting cases (as the load tests clean up) read the whole notification table for every case.
create index placement_case_provider_due_idx on placement_case (care_provider_id, next_due, id);
create index placement_case_corporation_due_idx on placement_case (corporation_id, next_due, id);
drop index placement_case_provider_idx;
drop index placement_case_corporation_idx;
create index case_notification_list_idx on case_notification (recipient_organisation_id, recipient_role, created_at, id);
drop index case_notification_recipient_idx;
create index case_notification_case_idx on case_notification (case_id);
