package nl.matchpunt.cases;

import nl.matchpunt.matching.PlacementAgreed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens a placement case when a placement is agreed, after the publishing transaction commits. Idempotent: a
 * proposal that already has a case is skipped (and the database allows one case per proposal).
 */
@Component
class PlacementCaseOpener {

    private final CaseService cases;

    PlacementCaseOpener(CaseService cases) {
        this.cases = cases;
    }

    @ApplicationModuleListener
    void on(PlacementAgreed placement) {
        cases.open(placement);
    }
}
