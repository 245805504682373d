-- The proposals list sorts by the date sent, newest first (ProposalRepository.search), for the municipality over
-- all proposals and for a corporation or care provider over its own; the rounds list by the date opened. With ten
-- years of rounds (20,000 proposals and more) these indexes give the first page in index order instead of a sort.
create index proposal_sent_idx on proposal (sent_at, id);
create index proposal_corporation_sent_idx on proposal (corporation_id, sent_at, id);
create index proposal_care_provider_sent_idx on proposal (care_provider_id, sent_at, id);
create index matching_round_opened_idx on matching_round (opened_at, id);
