package nl.matchpunt.matching;

/** What a proposal keeps of its dwelling. */
public record ProposalDwelling(Long id, Long corporationId, String label, String district, String area) {}
