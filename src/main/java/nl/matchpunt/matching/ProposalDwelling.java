package nl.matchpunt.matching;

import java.time.LocalDate;

/** What a proposal keeps of its dwelling. */
public record ProposalDwelling(
        Long id,
        Long corporationId,
        String label,
        Long districtId,
        String district,
        Long areaId,
        String area,
        LocalDate availableFrom) {}
