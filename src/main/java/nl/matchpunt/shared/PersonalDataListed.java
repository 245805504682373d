package nl.matchpunt.shared;

import java.util.Collection;
import java.util.List;

/**
 * Published by any module when a page or search shows a list of records holding personal data (a client list,
 * a queue, a round, the proposals or cases a party sees). The audit module writes one record per record shown,
 * naming the page, in the transaction of the read; an empty list is not recorded (nothing personal was shown).
 *
 * @param action what was done: {@code LIST} (seen in a list) or {@code SEARCH_BSN} (found by a BSN search)
 * @param subjectType the kind of record shown, e.g. {@code CLIENT}
 * @param subjectIds the ids of the records shown, each recorded once
 * @param page a short code of the page or search, without personal data (the BSN never), e.g. {@code queue}
 */
public record PersonalDataListed(String action, String subjectType, List<String> subjectIds, String page) {

    public PersonalDataListed {
        subjectIds = List.copyOf(subjectIds);
    }

    public static PersonalDataListed of(String subjectType, Collection<?> subjectIds, String page) {
        return new PersonalDataListed(
                "LIST",
                subjectType,
                subjectIds.stream().map(String::valueOf).distinct().toList(),
                page);
    }
}
