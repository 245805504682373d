package nl.matchpunt.dwellings;

/** A corporation withdrew a vacancy; it is no longer offered. */
public record DwellingWithdrawn(Long dwellingId, Long corporationId, String reason) {}
