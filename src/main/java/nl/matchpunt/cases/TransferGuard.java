package nl.matchpunt.cases;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The conditions of the working agreements that must hold before the care provider can propose the transfer of the
 * lease to the client's own name (agreement 8), on a given day:
 *
 * <ul>
 *   <li>a minimum time in the intermediary lease, counted from the move-in ({@code
 *       matchpunt.cases.transfer.minimum-intermediary-months}, 12 by default: the first yearly housing review
 *       comes first);
 *   <li>every step with a due date settled (done or not applicable): the support plan, the lease, the introduction
 *       visit, the budgeting support, the consent;
 *   <li>no nuisance report waiting for the provider's response.
 * </ul>
 *
 * The coordinator can allow a proposal despite them, with a reason that goes on the timeline; that permission is
 * used up by the next proposal.
 *
 * @param earliest the first day the minimum time in the intermediary lease has passed
 * @param tooSoon whether that day is still to come
 * @param openSteps the working agreements with a due date that are still open, by number
 * @param openNuisanceReports how many nuisance reports await a response
 * @param override the coordinator's reason for allowing a proposal despite the conditions, or {@code null}
 */
public record TransferGuard(
        LocalDate earliest,
        boolean tooSoon,
        List<Integer> openSteps,
        int openNuisanceReports,
        @Nullable String override) {

    public TransferGuard {
        openSteps = List.copyOf(openSteps);
    }

    /** Whether every condition holds. */
    public boolean met() {
        return !tooSoon && openSteps.isEmpty() && openNuisanceReports == 0;
    }

    /** Whether a proposal is refused now: a condition fails and the coordinator has not allowed it anyway. */
    public boolean blocks() {
        return !met() && override == null;
    }
}
