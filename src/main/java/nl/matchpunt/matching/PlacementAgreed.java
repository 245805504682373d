package nl.matchpunt.matching;

import java.time.LocalDate;

/**
 * Published once when both the corporation and the care provider have accepted a proposal and the dwelling is
 * allocated to the client. The cases module opens a placement case on it; the quota module counts it against
 * the yearly plan. It carries a snapshot of what its listeners need to show, so that they need not ask back.
 *
 * @param proposalId the accepted proposal
 * @param dwellingId the allocated dwelling
 * @param corporationId the dwelling's housing corporation
 * @param dwellingAddress the dwelling's address on one line, e.g. {@code Kinkerstraat 12-2, 1053 DV Amsterdam}
 * @param districtId the dwelling's district (geography id)
 * @param areaId the dwelling's area (geography id)
 * @param clientId the placed client
 * @param careProviderId the client's care provider
 * @param clientCode the client's code, the only identity a corporation sees (e.g. {@code C-2026-0042})
 * @param targetGroupCode the client's target group
 * @param householdSize adults plus children
 * @param childrenInHousehold whether children live in the household
 * @param eligibleSince the client's eligibility date (start of the three-month promise)
 * @param agreedOn the day both parties had accepted
 * @param expectedMoveIn the expected move-in date (the dwelling's available-from date, or later)
 */
public record PlacementAgreed(
        Long proposalId,
        Long dwellingId,
        Long corporationId,
        String dwellingAddress,
        Long districtId,
        Long areaId,
        Long clientId,
        Long careProviderId,
        String clientCode,
        String targetGroupCode,
        int householdSize,
        boolean childrenInHousehold,
        LocalDate eligibleSince,
        LocalDate agreedOn,
        LocalDate expectedMoveIn) {}
