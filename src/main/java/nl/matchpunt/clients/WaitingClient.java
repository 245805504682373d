package nl.matchpunt.clients;

import java.time.LocalDate;

/**
 * A client waiting for a dwelling, as the matching module sees it: no identity, only what matching needs.
 *
 * @param eligibleSince the eligibility date; the three-month promise runs from it
 */
public record WaitingClient(
        Long id,
        String clientCode,
        Long careProviderId,
        Long targetGroupId,
        String targetGroupCode,
        int adults,
        int children,
        LocalDate eligibleSince,
        ClientProfile profile) {

    public int householdSize() {
        return adults + children;
    }
}
