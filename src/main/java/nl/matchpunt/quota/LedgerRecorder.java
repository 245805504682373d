package nl.matchpunt.quota;

import nl.matchpunt.matching.PlacementAgreed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Counts every agreed placement in the ledger, after the publishing transaction commits. Idempotent: a proposal
 * already counted is skipped, and the database allows one ledger line per proposal.
 */
@Component
class LedgerRecorder {

    private final QuotaService quota;

    LedgerRecorder(QuotaService quota) {
        this.quota = quota;
    }

    @ApplicationModuleListener
    void on(PlacementAgreed placement) {
        quota.count(placement);
    }
}
