package nl.matchpunt.dwellings;

/** One broken rule of a vacancy: the field (as named in {@link DwellingData}) and the message for the user. */
public record FieldViolation(String field, String message) {}
