package nl.matchpunt.shared;

import org.jspecify.annotations.Nullable;

/**
 * Published by any module when personal data is read or changed; the audit module records it, with the user and
 * organisation of the current request. Published synchronously, so that every read leaves exactly one record.
 *
 * @param action what was done, e.g. {@code READ}, {@code CREATE}, {@code UPDATE}, {@code EXPORT}
 * @param subjectType the kind of record, e.g. {@code CLIENT}
 * @param subjectId the record's id
 * @param detail an optional short description without personal data
 */
public record PersonalDataAccessed(
        String action,
        String subjectType,
        String subjectId,
        @Nullable String detail) {

    public static PersonalDataAccessed of(String action, String subjectType, Object subjectId) {
        return new PersonalDataAccessed(action, subjectType, String.valueOf(subjectId), null);
    }
}
