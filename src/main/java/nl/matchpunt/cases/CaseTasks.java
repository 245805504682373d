package nl.matchpunt.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.matchpunt.organisations.CurrentUser;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.shared.Task;
import nl.matchpunt.shared.TaskSource;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits in the placement cases, for the party that answers for it: agreement steps due within {@value
 * CaseReminders#DUE_SOON_DAYS} days or overdue, housing reviews, nuisance reports to answer (two working days), the
 * new lease after an approved transfer, a case to close after the watchful period; a transfer to review (another
 * account of the care provider than the proposer's) or to decide, and late nuisance responses, for the coordinator.
 * The same deadlines as the daily reminders ({@link CaseReminders}).
 */
@Component
@Transactional(readOnly = true)
class CaseTasks implements TaskSource {

    /** The cases read for one list: the soonest due first. */
    private static final int CASES = 200;

    private final PlacementCaseRepository cases;

    private final OrganisationService organisations;

    CaseTasks(PlacementCaseRepository cases, OrganisationService organisations) {
        this.cases = cases;
        this.organisations = organisations;
    }

    @Override
    public List<Task> tasksOfCurrentUser(LocalDate today) {
        CurrentUser user = organisations.currentUser();
        if (!user.isCoordinator() && !user.isCorporationStaff() && !user.isCareProviderStaff()) {
            return List.of();
        }
        Long providerId = user.isCareProviderStaff() ? user.organisationId() : null;
        Long corporationId = user.isCorporationStaff() ? user.organisationId() : null;
        LocalDate horizon = today.plusDays(CaseReminders.DUE_SOON_DAYS);
        List<Task> tasks = new ArrayList<>();
        for (PlacementCase c : cases.findWithWorkBy(providerId, corporationId, horizon, PageRequest.of(0, CASES))) {
            tasks.addAll(tasks(c, user, today, horizon));
            if (tasks.size() >= LIMIT) {
                break;
            }
        }
        return tasks.stream().limit(LIMIT).toList();
    }

    private static List<Task> tasks(PlacementCase c, CurrentUser user, LocalDate today, LocalDate horizon) {
        List<Task> tasks = new ArrayList<>();
        boolean provider = user.isCareProviderStaff();
        for (CaseAgreement step : c.getAgreements()) {
            LocalDate due = step.getDueOn();
            if (!step.isOpen() || due == null || due.isAfter(horizon)) {
                continue;
            }
            if (step.getAgreement() == WorkingAgreement.LEASE_TRANSFER && c.getPhase() == CasePhase.TRANSFER_APPROVED) {
                continue; // recorded with the new lease, which is its own task below
            }
            if (step.getAgreement() == WorkingAgreement.WATCHFUL_PERIOD) {
                if (provider && !due.isAfter(today)) {
                    tasks.add(task("cases.task.close", c, due));
                }
            } else if (answersFor(step.getParty(), user)) {
                tasks.add(task(
                        "cases.task.step",
                        c,
                        due,
                        String.valueOf(step.getAgreement().number())));
            }
        }
        LocalDate review = c.reviewDue().orElse(null);
        if (provider && review != null && !review.isAfter(horizon)) {
            tasks.add(task("cases.task.review", c, review));
        }
        LocalDate lease = c.getLeaseDue();
        if (user.isCorporationStaff()
                && c.getPhase() == CasePhase.TRANSFER_APPROVED
                && lease != null
                && !lease.isAfter(horizon)) {
            tasks.add(task("cases.task.lease", c, lease));
        }
        for (CaseSignal signal : c.getSignals()) {
            LocalDate due = signal.getResponseDue();
            if (!signal.isOpen() || due == null) {
                continue;
            }
            if (provider) {
                tasks.add(task("cases.task.nuisance", c, due));
            } else if (user.isCoordinator() && signal.getEscalatedOn() != null) {
                tasks.add(task("cases.task.escalated", c, due));
            }
        }
        c.latestProposal().ifPresent(transfer -> {
            if (transfer.getStatus() == TransferStatus.AWAITING_REVIEW
                    && provider
                    && !user.userId().equals(transfer.getProposerUserId())) {
                tasks.add(task("cases.task.reviewTransfer", c, null));
            } else if (transfer.getStatus() == TransferStatus.AWAITING_DECISION && user.isCoordinator()) {
                tasks.add(task("cases.task.decideTransfer", c, null));
            }
        });
        return tasks;
    }

    private static boolean answersFor(ResponsibleParty party, CurrentUser user) {
        return switch (party) {
            case CORPORATION -> user.isCorporationStaff();
            case CARE_PROVIDER -> user.isCareProviderStaff();
            case MUNICIPALITY -> user.isCoordinator();
            case JOINTLY -> user.isCorporationStaff() || user.isCareProviderStaff();
        };
    }

    private static Task task(String message, PlacementCase c, @Nullable LocalDate due, String... extra) {
        List<String> arguments = new ArrayList<>(List.of(c.getClientCode(), c.getDwellingAddress()));
        arguments.addAll(List.of(extra));
        return new Task(message, arguments, due, "/cases/" + c.getId(), c.getClientId());
    }
}
