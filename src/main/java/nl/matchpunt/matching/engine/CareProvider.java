package nl.matchpunt.matching.engine;

import org.jspecify.annotations.Nullable;

/**
 * A care provider's limit for one round.
 *
 * @param intakeCapacity the most new clients the provider can take in this round, or {@code null} for no limit
 */
public record CareProvider(@Nullable Integer intakeCapacity) {}
