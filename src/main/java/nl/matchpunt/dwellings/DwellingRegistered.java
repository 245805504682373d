package nl.matchpunt.dwellings;

/** A vacancy was registered (by form, CSV import or API) and is available for matching. */
public record DwellingRegistered(Long dwellingId, Long corporationId) {}
