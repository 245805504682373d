package nl.matchpunt.dwellings;

/** The outcome of a bulk import: how many rows became vacancies and how many were skipped (already there). */
public record ImportResult(int imported, int skipped) {}
