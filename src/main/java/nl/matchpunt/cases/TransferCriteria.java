package nl.matchpunt.cases;

import org.jspecify.annotations.Nullable;

/**
 * The five criteria for transferring the lease to the client, each met or not with a reason. The children
 * criterion applies only where children live in the household; it is null otherwise.
 */
public record TransferCriteria(
        boolean daytimeActivityMet,
        String daytimeActivityReason,
        boolean sociallyStableMet,
        String sociallyStableReason,
        boolean psychologicallyStableMet,
        String psychologicallyStableReason,
        boolean financiallyStableMet,
        String financiallyStableReason,
        @Nullable Boolean childrenEnvironmentMet,
        @Nullable String childrenEnvironmentReason) {

    /** Whether every criterion that applies is met. */
    public boolean allMet() {
        return daytimeActivityMet
                && sociallyStableMet
                && psychologicallyStableMet
                && financiallyStableMet
                && (childrenEnvironmentMet == null || childrenEnvironmentMet);
    }
}
