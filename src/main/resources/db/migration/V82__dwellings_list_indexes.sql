-- The dwellings list sorts by availability, newest first (DwellingRepository.search): for the municipality over all
-- dwellings, for a corporation over its own. With ten years of vacancies (about 18,000) a sort of the whole table
-- per page; these indexes give the first page in index order.
create index dwelling_available_idx on dwelling (available_from, id);
create index dwelling_corporation_available_idx on dwelling (corporation_id, available_from, id);
