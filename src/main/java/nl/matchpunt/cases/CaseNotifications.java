package nl.matchpunt.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.matchpunt.organisations.CurrentUser;
import nl.matchpunt.organisations.NotificationService;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.organisations.OrganisationSummary;
import nl.matchpunt.organisations.OrganisationType;
import nl.matchpunt.organisations.Role;
import org.springframework.stereotype.Component;

/**
 * Notifications about cases: to the staff of one role at one organisation, each at most once per dedup key (so
 * that the daily reminder job does not repeat itself). The {@code case_notification} table is that record of what
 * was sent; the users read them in the one notification list ({@link NotificationService}).
 */
@Component
class CaseNotifications {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** Someone to notify: the staff with this role at this organisation. */
    record Recipient(Long organisationId, Role role) {}

    private final CaseNotificationRepository repository;

    private final OrganisationService organisations;

    private final Clock clock;

    private final NotificationService notifications;

    CaseNotifications(
            CaseNotificationRepository repository,
            OrganisationService organisations,
            NotificationService notifications,
            Clock clock) {
        this.repository = repository;
        this.organisations = organisations;
        this.notifications = notifications;
        this.clock = clock;
    }

    Recipient provider(PlacementCase c) {
        return new Recipient(c.getCareProviderId(), Role.CARE_PROVIDER_STAFF);
    }

    Recipient corporation(PlacementCase c) {
        return new Recipient(c.getCorporationId(), Role.CORPORATION_STAFF);
    }

    List<Recipient> coordinators() {
        return organisations.ofType(OrganisationType.MUNICIPALITY).stream()
                .map(OrganisationSummary::id)
                .map(id -> new Recipient(id, Role.COORDINATOR))
                .toList();
    }

    List<Recipient> party(PlacementCase c, ResponsibleParty party) {
        return switch (party) {
            case CORPORATION -> List.of(corporation(c));
            case CARE_PROVIDER -> List.of(provider(c));
            case MUNICIPALITY -> coordinators();
            case JOINTLY -> List.of(corporation(c), provider(c));
        };
    }

    /** Notifies each recipient once for {@code dedupKey}; returns how many notifications were created. */
    int notify(List<Recipient> recipients, PlacementCase c, String messageKey, List<String> extra, String dedupKey) {
        int created = 0;
        List<String> arguments = new ArrayList<>();
        arguments.add(c.getClientCode());
        arguments.add(c.getDwellingAddress());
        arguments.addAll(extra);
        for (Recipient recipient : recipients) {
            String key = "case:" + c.getId() + ":" + dedupKey;
            if (!repository.existsByRecipientOrganisationIdAndRecipientRoleAndDedupKey(
                    recipient.organisationId(), recipient.role(), key)) {
                repository.save(new CaseNotification(
                        recipient.organisationId(),
                        recipient.role(),
                        c.getId(),
                        messageKey,
                        arguments,
                        key,
                        clock.instant()));
                notifications.notifyOrganisation(
                        recipient.organisationId(), recipient.role(), messageKey, arguments, "/cases/" + c.getId());
                created++;
            }
        }
        return created;
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    void caseOpened(PlacementCase c) {
        notify(List.of(provider(c), corporation(c)), c, "cases.notification.opened", List.of(), "opened");
    }

    void signalRecorded(PlacementCase c, CaseSignal signal, CurrentUser reporter) {
        List<Recipient> others = new ArrayList<>();
        if (!reporter.isCareProviderStaff()) {
            others.add(provider(c));
        }
        if (!reporter.isCorporationStaff()) {
            others.add(corporation(c));
        }
        String due = signal.getResponseDue() == null ? "" : date(signal.getResponseDue());
        notify(
                others,
                c,
                signal.getKind() == SignalKind.NUISANCE ? "cases.notification.nuisance" : "cases.notification.signal",
                List.of(signal.getKind().name(), due),
                "signal:" + signal.getId());
    }

    void transferProposed(PlacementCase c) {
        notify(List.of(provider(c)), c, "cases.notification.reviewNeeded", List.of(), "proposal:" + proposals(c));
    }

    void transferReviewed(PlacementCase c) {
        notify(coordinators(), c, "cases.notification.decisionNeeded", List.of(), "reviewed:" + proposals(c));
    }

    void transferDecided(PlacementCase c, boolean approved) {
        List<Recipient> recipients = approved ? List.of(provider(c), corporation(c)) : List.of(provider(c));
        String due = c.getLeaseDue() == null ? "" : date(c.getLeaseDue());
        notify(
                recipients,
                c,
                approved ? "cases.notification.approved" : "cases.notification.refused",
                List.of(due),
                "decided:" + proposals(c));
    }

    private static int proposals(PlacementCase c) {
        return c.getTransferProposals().size();
    }
}
