package nl.matchpunt.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import nl.matchpunt.clients.ClientService;
import nl.matchpunt.clients.SharedField;
import nl.matchpunt.matching.PlacementAgreed;
import nl.matchpunt.organisations.CurrentUser;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.shared.DomainException;
import nl.matchpunt.shared.NotFoundException;
import nl.matchpunt.shared.PersonalDataAccessed;
import nl.matchpunt.shared.PersonalDataListed;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases module's API: the list and the timeline of placement cases, scoped to the viewer (the care provider
 * sees its clients' cases in full, the corporation its dwellings' cases without care details, the coordinator
 * all; anyone else gets a 404), and every step of the case, each allowed to its responsible party only.
 */
@Service
@Transactional
public class CaseService {

    private static final String SUBJECT = "PLACEMENT_CASE";

    private final PlacementCaseRepository cases;

    private final OrganisationService organisations;

    private final CaseNotifications notifications;

    private final ClientService clients;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final Period watchfulPeriod;

    private final Period minimumIntermediaryLease;

    CaseService(
            PlacementCaseRepository cases,
            OrganisationService organisations,
            CaseNotifications notifications,
            ClientService clients,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${matchpunt.cases.watchful-period:P12M}") Period watchfulPeriod,
            @Value("${matchpunt.cases.transfer.minimum-intermediary-lease:P12M}") Period minimumIntermediaryLease) {
        this.minimumIntermediaryLease = minimumIntermediaryLease;
        this.cases = cases;
        this.organisations = organisations;
        this.notifications = notifications;
        this.clients = clients;
        this.events = events;
        this.clock = clock;
        this.watchfulPeriod = watchfulPeriod;
    }

    /** Opens the case for an agreed placement, once per proposal; false when it was already open. */
    public boolean open(PlacementAgreed placement) {
        if (cases.existsByProposalId(placement.proposalId())) {
            return false;
        }
        PlacementCase opened = cases.saveAndFlush(PlacementCase.open(placement, clock.instant()));
        notifications.caseOpened(opened);
        return true;
    }

    // --- reading -------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<CaseSummary> search(@Nullable CasePhase phase, boolean overdueOnly, Pageable pageable) {
        CurrentUser user = organisations.currentUser();
        LocalDate today = today();
        Long providerId = user.isCareProviderStaff() ? user.organisationId() : null;
        Long corporationId = user.isCorporationStaff() ? user.organisationId() : null;
        if (!user.isCoordinator() && providerId == null && corporationId == null) {
            return Page.empty(pageable);
        }
        // all organisation names in one query, rather than one query per organisation on the page
        Map<Long, String> names = new HashMap<>();
        organisations.all().forEach(organisation -> names.put(organisation.id(), organisation.name()));
        Page<PlacementCase> page = cases.search(providerId, corporationId, phase, overdueOnly, today, pageable);
        events.publishEvent(PersonalDataListed.of(
                "CLIENT",
                page.getContent().stream().map(PlacementCase::getClientId).toList(),
                "cases"));
        return page.map(c -> new CaseSummary(
                c.getId(),
                c.getClientCode(),
                c.getDwellingAddress(),
                name(names, c.getCorporationId()),
                name(names, c.getCareProviderId()),
                c.getPhase(),
                c.getPhaseSince(),
                c.getNextDue(),
                c.isOverdue(today)));
    }

    /** The case's timeline page as the viewer may see it; every read is recorded by the audit module. */
    @Transactional(readOnly = true)
    public CaseView get(Long id) {
        CurrentUser user = organisations.currentUser();
        PlacementCase c = visible(id, user);
        // recorded on the client, whose access log shows it: one record per read
        events.publishEvent(
                new PersonalDataAccessed("READ", "CLIENT", c.getClientId().toString(), "case"));
        Map<Long, String> names = new HashMap<>();
        // what the client consented to share decides what a corporation sees of the household (ClientDisclosure)
        java.util.Set<SharedField> consent = user.isCorporationStaff()
                ? clients.consent(java.util.List.of(c.getClientId())).getOrDefault(c.getClientId(), java.util.Set.of())
                : java.util.Set.of();
        return CaseViews.of(
                c, user, today(), organisationId -> name(names, organisationId), consent, minimumIntermediaryLease);
    }

    // --- changes -------------------------------------------------------------------------------------------

    public void completeAgreement(Long id, int number, LocalDate on, String note) {
        WorkingAgreement agreement = agreementOf(number);
        change(id, (c, user, actor) -> {
            allow(mayRecord(agreement, user));
            notInFuture(on);
            c.completeAgreement(agreement, actor, on, note, clock.instant());
        });
    }

    public void markNotApplicable(Long id, int number, String reason) {
        WorkingAgreement agreement = agreementOf(number);
        change(id, (c, user, actor) -> {
            allow(mayRecord(agreement, user));
            c.markNotApplicable(agreement, actor, today(), reason, clock.instant());
        });
    }

    public void recordIntroductionVisit(Long id, LocalDate heldOn, String note) {
        change(id, (c, user, actor) -> {
            allow(user.isCareProviderStaff() || user.isCorporationStaff());
            notInFuture(heldOn);
            c.recordIntroductionVisit(actor, heldOn, note, clock.instant());
        });
    }

    public void recordReview(Long id, HousingReview.Facts facts) {
        change(id, (c, user, actor) -> {
            allow(user.isCareProviderStaff());
            notInFuture(facts.heldOn());
            c.recordReview(facts, actor, clock.instant());
        });
    }

    public void recordSignal(Long id, SignalKind kind, String description) {
        change(id, (c, user, actor) -> {
            allow(user.isCareProviderStaff() || user.isCorporationStaff());
            CaseSignal signal = c.recordSignal(kind, description, actor, today(), clock.instant());
            cases.flush();
            notifications.signalRecorded(c, signal, user);
        });
    }

    public void respondToSignal(Long id, Long signalId, String response) {
        change(id, (c, user, actor) -> {
            allow(user.isCareProviderStaff());
            c.respondToSignal(signalId, response, actor, today(), clock.instant());
        });
    }

    public void recordEscalationStep(Long id, Long signalId, String note) {
        change(id, (c, user, actor) -> {
            allow(user.isCoordinator());
            c.recordEscalationStep(signalId, note, actor, today(), clock.instant());
        });
    }

    /**
     * The care provider proposes the transfer; refused while a condition of the working agreements fails ({@link
     * TransferGuard}) unless the coordinator allowed it anyway.
     */
    public void proposeTransfer(Long id, TransferCriteria criteria) {
        change(id, (c, user, actor) -> {
            allow(user.isCareProviderStaff());
            if (c.transferGuard(today(), minimumIntermediaryLease).blocks()) {
                throw new DomainException("cases.transfer.conditionsNotMet");
            }
            c.proposeTransfer(criteria, actor, today(), clock.instant());
            notifications.transferProposed(c);
        });
    }

    /** The coordinator allows the next transfer proposal despite a failing condition, with a reason. */
    public void allowTransfer(Long id, String reason) {
        change(id, (c, user, actor) -> {
            allow(user.isCoordinator());
            c.allowTransferDespiteConditions(reason, actor, today(), clock.instant());
        });
    }

    /** The independent review; the service refuses the proposer's own account. */
    public void reviewTransfer(Long id, boolean agrees, String note) {
        change(id, (c, user, actor) -> {
            allow(user.isCareProviderStaff());
            c.reviewTransfer(agrees, note, actor, today(), clock.instant());
            if (agrees) {
                notifications.transferReviewed(c);
            }
        });
    }

    public void decideTransfer(Long id, boolean approve, String note) {
        change(id, (c, user, actor) -> {
            allow(user.isCoordinator());
            if (approve) {
                c.approveTransfer(note, actor, today(), clock.instant());
            } else {
                if (note.isBlank()) {
                    throw new DomainException("cases.transfer.refusalReason");
                }
                c.refuseTransfer(note, actor, today(), clock.instant());
            }
            notifications.transferDecided(c, approve);
        });
    }

    public void recordOwnLease(Long id, LocalDate leaseStart) {
        change(id, (c, user, actor) -> {
            allow(user.isCorporationStaff());
            if (leaseStart.isBefore(c.getPhaseSince())) {
                throw new DomainException("cases.lease.beforeApproval");
            }
            c.recordOwnLease(leaseStart, actor, watchfulPeriod, clock.instant());
        });
    }

    public void endEarly(Long id, EndReason reason, String note) {
        change(id, (c, user, actor) -> {
            allow(user.isCareProviderStaff() || user.isCoordinator());
            c.endEarly(reason, note, actor, today(), clock.instant());
        });
    }

    public void close(Long id, String note) {
        change(id, (c, user, actor) -> {
            allow(user.isCareProviderStaff() || user.isCoordinator());
            c.close(actor, today(), note, clock.instant());
        });
    }

    // --- helpers -------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Change {
        void apply(PlacementCase placementCase, CurrentUser user, Actor actor);
    }

    private void change(Long id, Change change) {
        CurrentUser user = organisations.currentUser();
        PlacementCase c = visible(id, user);
        change.apply(c, user, actorOf(user));
        events.publishEvent(PersonalDataAccessed.of("UPDATE", SUBJECT, id));
    }

    /** The case if the user may see it; a case of another organisation is reported exactly like a missing one. */
    private PlacementCase visible(Long id, CurrentUser user) {
        PlacementCase c = cases.findById(id).orElseThrow(() -> new NotFoundException("case", id));
        if (!mayView(c, user)) {
            throw new NotFoundException("case", id);
        }
        return c;
    }

    static boolean mayView(PlacementCase c, CurrentUser user) {
        return user.isCoordinator()
                || (user.isCareProviderStaff() && Objects.equals(c.getCareProviderId(), user.organisationId()))
                || (user.isCorporationStaff() && Objects.equals(c.getCorporationId(), user.organisationId()));
    }

    static boolean mayRecord(WorkingAgreement agreement, CurrentUser user) {
        return switch (agreement.party()) {
            case CORPORATION -> user.isCorporationStaff();
            case CARE_PROVIDER -> user.isCareProviderStaff();
            case MUNICIPALITY -> user.isCoordinator();
            case JOINTLY -> user.isCorporationStaff() || user.isCareProviderStaff();
        };
    }

    private static void allow(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("not allowed in this case");
        }
    }

    private void notInFuture(LocalDate date) {
        if (date.isAfter(today())) {
            throw new DomainException("cases.date.future");
        }
    }

    private static WorkingAgreement agreementOf(int number) {
        if (number < 1 || number > WorkingAgreement.values().length) {
            throw new NotFoundException("agreement", number);
        }
        return WorkingAgreement.ofNumber(number);
    }

    static Actor actorOf(CurrentUser user) {
        return new Actor(user.userId(), user.displayName(), user.organisationId());
    }

    private String name(Map<Long, String> cache, @Nullable Long organisationId) {
        if (organisationId == null) {
            return "";
        }
        return cache.computeIfAbsent(organisationId, key -> {
            try {
                return organisations.get(key).name();
            } catch (NotFoundException unknown) {
                return "#" + key;
            }
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
