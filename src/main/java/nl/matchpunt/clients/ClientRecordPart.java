package nl.matchpunt.clients;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One part of what a module stores about a client, for the subject-access export: a section (its Dutch title is
 * {@code clients.export.section.<section>}), its entries as field → value (each field's Dutch label is {@code
 * clients.export.field.<field>}), and the records the audit keeps about them ({@code auditSubjectType} and ids),
 * whose access logs the export adds.
 */
public record ClientRecordPart(
        String section, List<Map<String, String>> entries, String auditSubjectType, List<Long> auditSubjectIds) {

    public ClientRecordPart {
        entries = entries.stream()
                .map(entry -> Collections.unmodifiableMap(new LinkedHashMap<>(entry)))
                .toList();
        auditSubjectIds = List.copyOf(auditSubjectIds);
    }
}
