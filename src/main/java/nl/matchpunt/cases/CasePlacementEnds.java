package nl.matchpunt.cases;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import nl.matchpunt.clients.PlacementEnds;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Implements the clients module's port: when a placed client's latest case ended (closed or ended early). */
@Component
@Transactional(readOnly = true)
class CasePlacementEnds implements PlacementEnds {

    private final PlacementCaseRepository cases;

    CasePlacementEnds(PlacementCaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public Optional<LocalDate> caseEndedOn(Long clientId) {
        return cases.findFirstByClientIdOrderByIdDesc(clientId)
                .filter(c -> c.getPhase().isTerminal())
                .map(PlacementCase::getClosedOn);
    }

    @Override
    public List<Long> clientsWhoseCaseEndedOnOrBefore(LocalDate date) {
        return cases.findClientIdsWhoseLatestCaseEndedOnOrBefore(
                date, EnumSet.of(CasePhase.CLOSED, CasePhase.ENDED_EARLY));
    }
}
