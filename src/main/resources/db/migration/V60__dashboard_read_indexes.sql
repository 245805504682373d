-- The dashboard's read side (see nl.matchpunt.dashboard's package documentation): the inflow of newly eligible
-- clients per period is counted over the clients' eligibility date, for which the clients module has no index of
-- its own (its status index leads with the status). The index only serves reads; the table stays the clients'.
create index client_eligible_since_idx on client (eligible_since, target_group_id);
