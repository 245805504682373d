package nl.matchpunt.cases;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the steps that are due (within {@value #DUE_SOON_DAYS} days) or overdue in every open case and notifies
 * the responsible party, once per step and due date; escalates late nuisance responses to the coordinator and
 * flags a late new lease. Run daily by {@link CaseReminderJob}.
 */
@Component
public class CaseReminders {

    static final int DUE_SOON_DAYS = 7;

    private final PlacementCaseRepository cases;

    private final CaseNotifications notifications;

    private final Clock clock;

    private final EntityManager entityManager;

    CaseReminders(
            PlacementCaseRepository cases, CaseNotifications notifications, Clock clock, EntityManager entityManager) {
        this.cases = cases;
        this.notifications = notifications;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** The reminders of {@code today}; returns the number of notifications created. */
    @Transactional
    public int remind(LocalDate today) {
        LocalDate horizon = today.plusDays(DUE_SOON_DAYS);
        int created = 0;
        for (Long id : cases.findIdsDueBy(horizon)) {
            PlacementCase c = cases.findById(id).orElseThrow();
            created += remind(c, today, horizon);
            // write this case's reminders and let it go: otherwise every query of the next cases first
            // dirty-checks all cases read so far, and the daily run grows with the square of the open cases
            entityManager.flush();
            entityManager.clear();
        }
        return created;
    }

    private int remind(PlacementCase c, LocalDate today, LocalDate horizon) {
        int created = 0;
        for (CaseAgreement step : c.getAgreements()) {
            LocalDate due = step.getDueOn();
            if (!step.isOpen() || due == null || due.isAfter(horizon)) {
                continue;
            }
            String number = String.valueOf(step.getAgreement().number());
            if (step.getAgreement() == WorkingAgreement.WATCHFUL_PERIOD) {
                if (!due.isAfter(today)) {
                    created += notifications.notify(
                            List.of(notifications.provider(c)),
                            c,
                            "cases.notification.canClose",
                            List.of(CaseNotifications.date(due)),
                            "close:" + due);
                }
                continue;
            }
            boolean overdue = due.isBefore(today);
            created += notifications.notify(
                    notifications.party(c, step.getParty()),
                    c,
                    overdue ? "cases.notification.stepOverdue" : "cases.notification.stepDue",
                    List.of(number, CaseNotifications.date(due)),
                    "step:" + number + ":" + (overdue ? "overdue" : "due") + ":" + due);
        }
        created += reviewReminder(c, today, horizon);
        created += leaseReminder(c, today, horizon);
        for (CaseSignal signal : c.getSignals()) {
            created += nuisanceReminder(c, signal, today);
        }
        c.refreshNextDue();
        return created;
    }

    private int reviewReminder(PlacementCase c, LocalDate today, LocalDate horizon) {
        LocalDate due = c.reviewDue().orElse(null);
        if (due == null || due.isAfter(horizon)) {
            return 0;
        }
        boolean overdue = due.isBefore(today);
        return notifications.notify(
                List.of(notifications.provider(c)),
                c,
                overdue ? "cases.notification.reviewOverdue" : "cases.notification.reviewDue",
                List.of(CaseNotifications.date(due)),
                "review:" + (overdue ? "overdue" : "due") + ":" + due);
    }

    private int leaseReminder(PlacementCase c, LocalDate today, LocalDate horizon) {
        LocalDate due = c.getLeaseDue();
        if (c.getPhase() != CasePhase.TRANSFER_APPROVED || due == null || due.isAfter(horizon)) {
            return 0;
        }
        if (!c.isLeaseLate(today)) {
            return notifications.notify(
                    List.of(notifications.corporation(c)),
                    c,
                    "cases.notification.leaseDue",
                    List.of(CaseNotifications.date(due)),
                    "lease:due:" + due);
        }
        List<CaseNotifications.Recipient> recipients = new ArrayList<>(notifications.coordinators());
        recipients.add(notifications.corporation(c));
        return notifications.notify(
                recipients,
                c,
                "cases.notification.leaseLate",
                List.of(CaseNotifications.date(due)),
                "lease:late:" + due);
    }

    private int nuisanceReminder(PlacementCase c, CaseSignal signal, LocalDate today) {
        LocalDate due = signal.getResponseDue();
        if (!signal.isOpen() || due == null) {
            return 0;
        }
        if (!signal.isResponseOverdue(today)) {
            return notifications.notify(
                    List.of(notifications.provider(c)),
                    c,
                    "cases.notification.nuisanceDue",
                    List.of(CaseNotifications.date(due)),
                    "signal:" + signal.getId() + ":due");
        }
        c.escalateLateResponse(signal.getId(), today, clock.instant());
        List<CaseNotifications.Recipient> recipients = new ArrayList<>(notifications.coordinators());
        recipients.add(notifications.provider(c));
        return notifications.notify(
                recipients,
                c,
                "cases.notification.nuisanceEscalated",
                List.of(CaseNotifications.date(due)),
                "signal:" + signal.getId() + ":escalated");
    }
}
