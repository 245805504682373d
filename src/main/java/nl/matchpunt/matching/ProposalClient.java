package nl.matchpunt.matching;

import java.time.LocalDate;

/** What a proposal keeps of its client: the client code, never the identity. */
public record ProposalClient(
        Long id,
        Long careProviderId,
        String code,
        String targetGroup,
        LocalDate eligibleSince,
        boolean carefulMatching,
        int householdSize,
        boolean hasChildren) {}
