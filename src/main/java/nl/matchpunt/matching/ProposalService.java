package nl.matchpunt.matching;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.matchpunt.clients.ClientService;
import nl.matchpunt.clients.CorporationView;
import nl.matchpunt.dwellings.DwellingService;
import nl.matchpunt.dwellings.DwellingView;
import nl.matchpunt.dwellings.DwellingWithdrawn;
import nl.matchpunt.organisations.CurrentUser;
import nl.matchpunt.organisations.NotificationService;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.organisations.Role;
import nl.matchpunt.shared.ClockConfiguration;
import nl.matchpunt.shared.DomainException;
import nl.matchpunt.shared.NotFoundException;
import nl.matchpunt.shared.PersonalDataAccessed;
import nl.matchpunt.shared.PersonalDataListed;
import nl.matchpunt.shared.WorkingDays;
import nl.matchpunt.shared.web.WebConfiguration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals after the round: each party sees the proposals of its own organisation and accepts or declines them;
 * the coordinator confirms or overturns declines, withdraws proposals and reminds parties of stalled ones. When
 * both parties have accepted, the dwelling is allocated to the client exactly once and {@link PlacementAgreed}
 * is published.
 */
@Service
@Transactional
public class ProposalService {

    private final ProposalRepository proposals;

    private final ProposalEventRepository events;

    private final AllocationRepository allocations;

    private final DeclineReasonRepository reasons;

    private final DwellingService dwellings;

    private final ClientService clients;

    private final OrganisationService organisations;

    private final NotificationService notifications;

    private final ApplicationEventPublisher publisher;

    private final Clock clock;

    private final int stalledAfterWorkingDays;

    ProposalService(
            ProposalRepository proposals,
            ProposalEventRepository events,
            AllocationRepository allocations,
            DeclineReasonRepository reasons,
            DwellingService dwellings,
            ClientService clients,
            OrganisationService organisations,
            NotificationService notifications,
            ApplicationEventPublisher publisher,
            Clock clock,
            @Value("${matchpunt.matching.stalled-after-working-days:5}") int stalledAfterWorkingDays) {
        this.proposals = proposals;
        this.events = events;
        this.allocations = allocations;
        this.reasons = reasons;
        this.dwellings = dwellings;
        this.clients = clients;
        this.organisations = organisations;
        this.notifications = notifications;
        this.publisher = publisher;
        this.clock = clock;
        this.stalledAfterWorkingDays = stalledAfterWorkingDays;
    }

    /** The proposals the current user's organisation is party to (the coordinator sees all). */
    @Transactional(readOnly = true)
    public Page<Proposal> list(@Nullable ProposalStatus status, Pageable pageable) {
        CurrentUser user = organisations.currentUser();
        Page<Proposal> page;
        if (user.isCoordinator()) {
            page = proposals.search(null, null, status, pageable);
        } else if (user.isCorporationStaff()) {
            page = proposals.search(user.organisationId(), null, status, pageable);
        } else if (user.isCareProviderStaff()) {
            page = proposals.search(null, user.organisationId(), status, pageable);
        } else {
            throw new AccessDeniedException("no proposals for this role");
        }
        listed(page.getContent(), "proposals");
        return page;
    }

    /** One audit record per client shown on a list of proposals. */
    private void listed(List<Proposal> shown, String page) {
        publisher.publishEvent(PersonalDataListed.of(
                "CLIENT", shown.stream().map(Proposal::getClientId).toList(), page));
    }

    /** One proposal, if the user's organisation is party to it; otherwise reported as not found. */
    @Transactional(readOnly = true)
    public ProposalDetails details(Long id) {
        CurrentUser user = organisations.currentUser();
        Proposal proposal = visible(id, user);
        Optional<Party> party = partyOf(proposal, user);
        CorporationView clientView = null;
        if (user.isCorporationStaff() || user.isCoordinator()) {
            clientView = clients.corporationView(proposal.getClientId()); // audited there
        } else {
            publisher.publishEvent(new PersonalDataAccessed(
                    "READ", "CLIENT", proposal.getClientId().toString(), "proposal"));
        }
        DwellingView dwelling = dwellings.viewForMatching(proposal.getDwellingId());
        List<DeclineReason> declineReasons = party.map(this::reasonsFor).orElse(List.of());
        List<ProposalEvent> timeline = events.findByProposalIdOrderByOccurredAtAscIdAsc(id);
        Map<String, DeclineReason> timelineReasons = new HashMap<>();
        timeline.stream()
                .map(ProposalEvent::getReasonCode)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(code -> reasons.findByCode(code).ifPresent(reason -> timelineReasons.put(code, reason)));
        return new ProposalDetails(
                proposal,
                timeline,
                timelineReasons,
                dwelling,
                clientView,
                party.orElse(null),
                declineReasons,
                proposal.getDeclineReasonCode() == null
                        ? null
                        : reasons.findByCode(proposal.getDeclineReasonCode()).orElse(null),
                isStalled(proposal));
    }

    /** The current user's party accepts. Accepting twice (a double click) accepts once. */
    public boolean accept(Long id) {
        CurrentUser user = organisations.currentUser();
        Proposal proposal = locked(id, user);
        Party party = partyOf(proposal, user).orElseThrow(() -> new NotFoundException("proposal", id));
        if (proposal.getStatus() == ProposalStatus.SENT && proposal.hasAccepted(party)) {
            return false;
        }
        if (proposal.getStatus() == ProposalStatus.AGREED) {
            return false;
        }
        boolean both = proposal.accept(party);
        record(proposal, ProposalEvent.Kind.ACCEPTED, user, null, null);
        if (both) {
            agree(proposal, user);
        } else {
            Party other = party == Party.CORPORATION ? Party.CARE_PROVIDER : Party.CORPORATION;
            notifyParty(proposal, other, "matching.notification.accepted");
        }
        return both;
    }

    /** The current user's party declines with a reason from the list; the coordinator is told at once. */
    public void decline(Long id, String reasonCode, @Nullable String note) {
        CurrentUser user = organisations.currentUser();
        Proposal proposal = locked(id, user);
        Party party = partyOf(proposal, user).orElseThrow(() -> new NotFoundException("proposal", id));
        DeclineReason reason = reasons.findByCode(reasonCode)
                .filter(DeclineReason::isActive)
                .filter(r -> r.getParty().allows(party))
                .orElseThrow(() -> new DomainException("matching.decline.reason.invalid"));
        proposal.decline(party, reason.getCode());
        record(proposal, ProposalEvent.Kind.DECLINED, user, reason.getCode(), blankToNull(note));
        notifications.notifyCoordinators(
                "matching.notification.declined",
                List.of(proposal.getDwellingLabel(), proposal.getClientCode()),
                link(proposal));
    }

    /** The coordinator confirms a decline; its consequence for the client and the dwelling follows. */
    public void confirmDecline(Long id) {
        CurrentUser user = coordinator();
        Proposal proposal = locked(id, user);
        DeclineReason reason = reasons.findByCode(String.valueOf(proposal.getDeclineReasonCode()))
                .orElseThrow(() -> new DomainException("matching.decline.reason.invalid"));
        proposal.confirmDecline(clock.instant());
        LocalDate today = LocalDate.now(clock);
        switch (reason.getConsequence()) {
            case BOTH_BACK -> {
                dwellings.releaseProposal(proposal.getDwellingId());
                clients.returnToQueue(proposal.getClientId());
            }
            case PARK_CLIENT -> {
                dwellings.releaseProposal(proposal.getDwellingId());
                int days = reason.getParkDays() == null ? 0 : reason.getParkDays();
                clients.park(proposal.getClientId(), today.plusDays(days), reason.name(WebConfiguration.DUTCH));
            }
            case PARK_CLIENT_UNTIL_PROVIDER -> {
                dwellings.releaseProposal(proposal.getDwellingId());
                clients.park(proposal.getClientId(), today.plusYears(1), reason.name(WebConfiguration.DUTCH));
            }
            case WITHDRAW_DWELLING -> {
                dwellings.withdrawForMatching(proposal.getDwellingId(), reason.name(WebConfiguration.DUTCH));
                clients.returnToQueue(proposal.getClientId());
            }
        }
        record(proposal, ProposalEvent.Kind.DECLINE_CONFIRMED, user, reason.getCode(), null);
        notifyParty(proposal, Party.CORPORATION, "matching.notification.declineConfirmed");
        notifyParty(proposal, Party.CARE_PROVIDER, "matching.notification.declineConfirmed");
        if (reason.isAlertCoordinator()) {
            notifications.notifyCoordinators(
                    "matching.notification.alert",
                    List.of(proposal.getClientCode(), reason.name(WebConfiguration.DUTCH)),
                    link(proposal));
        }
    }

    /** The coordinator does not accept the decline: the declining party must decide again. */
    public void overturnDecline(Long id, @Nullable String note) {
        CurrentUser user = coordinator();
        Proposal proposal = locked(id, user);
        Party declinedBy = proposal.getDeclinedBy();
        proposal.overturnDecline();
        record(proposal, ProposalEvent.Kind.DECLINE_OVERTURNED, user, null, blankToNull(note));
        if (declinedBy != null) {
            notifyParty(proposal, declinedBy, "matching.notification.declineOverturned");
        }
    }

    /** The coordinator withdraws an open proposal; the client and the dwelling go back. */
    public void withdraw(Long id, @Nullable String note) {
        CurrentUser user = coordinator();
        Proposal proposal = locked(id, user);
        boolean wasOpen = proposal.getStatus().isOpen();
        proposal.withdraw(clock.instant());
        if (wasOpen) {
            dwellings.releaseProposal(proposal.getDwellingId());
            clients.returnToQueue(proposal.getClientId());
        }
        record(proposal, ProposalEvent.Kind.WITHDRAWN, user, null, blankToNull(note));
        notifyParty(proposal, Party.CORPORATION, "matching.notification.withdrawn");
        notifyParty(proposal, Party.CARE_PROVIDER, "matching.notification.withdrawn");
    }

    /**
     * The corporation withdrew a dwelling that is in an open proposal: the proposal ends, the client goes back
     * to the queue, and the care provider and the coordinators are told. Runs in the withdrawal's transaction.
     */
    @EventListener
    void on(DwellingWithdrawn withdrawn) {
        CurrentUser user = organisations.currentUser();
        for (Proposal proposal : proposals.findByDwellingIdAndStatusIn(
                withdrawn.dwellingId(), List.of(ProposalStatus.SENT, ProposalStatus.DECLINED))) {
            proposal.withdraw(clock.instant());
            clients.returnToQueue(proposal.getClientId());
            record(proposal, ProposalEvent.Kind.WITHDRAWN, user, null, withdrawn.reason());
            notifyParty(proposal, Party.CARE_PROVIDER, "matching.notification.withdrawn");
            notifications.notifyCoordinators(
                    "matching.notification.withdrawn",
                    List.of(proposal.getDwellingLabel(), proposal.getClientCode()),
                    link(proposal));
        }
    }

    /** Sent proposals on which a party has not decided within the configured number of working days. */
    @Transactional(readOnly = true)
    public List<Proposal> stalled() {
        coordinator();
        List<Proposal> stalled = proposals.findByStatus(ProposalStatus.SENT).stream()
                .filter(this::isStalled)
                .toList();
        listed(stalled, "follow-up");
        return stalled;
    }

    /** Declines waiting for the coordinator's confirmation. */
    @Transactional(readOnly = true)
    public List<Proposal> declinesToConfirm() {
        coordinator();
        List<Proposal> declined = proposals.findByStatus(ProposalStatus.DECLINED);
        listed(declined, "follow-up");
        return declined;
    }

    /** Reminds the parties that have not decided yet. */
    public int remind(Long id) {
        CurrentUser user = coordinator();
        Proposal proposal = locked(id, user);
        List<Party> undecided = proposal.undecided();
        if (undecided.isEmpty()) {
            throw new DomainException("matching.remind.nothingOpen");
        }
        proposal.remindedAt(clock.instant());
        undecided.forEach(party -> notifyParty(proposal, party, "matching.notification.reminder"));
        record(proposal, ProposalEvent.Kind.REMINDED, user, null, null);
        return undecided.size();
    }

    /** The decline reasons a party may give. */
    @Transactional(readOnly = true)
    public List<DeclineReason> reasonsFor(Party party) {
        return reasons.findAllByOrderBySortOrderAscIdAsc().stream()
                .filter(DeclineReason::isActive)
                .filter(r -> r.getParty().allows(party))
                .toList();
    }

    boolean isStalled(Proposal proposal) {
        Instant sentAt = proposal.getSentAt();
        if (proposal.getStatus() != ProposalStatus.SENT || sentAt == null) {
            return false;
        }
        return !LocalDate.now(clock).isBefore(stalledOn(sentAt));
    }

    /**
     * The day a sent proposal counts as stalled when a party has not decided: the configured number of working days
     * ({@link WorkingDays}: Monday to Friday without the public holidays, the same days the cases count)
     * after it was sent ({@link #isStalled} holds from this day on).
     */
    LocalDate stalledOn(Instant sentAt) {
        LocalDate day = LocalDate.ofInstant(sentAt, ClockConfiguration.AMSTERDAM);
        for (int counted = 0; counted < stalledAfterWorkingDays; ) {
            day = day.plusDays(1);
            if (WorkingDays.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The last day on which a party can decide in time: the working day before the proposal would stall. */
    LocalDate decideBy(Instant sentAt) {
        LocalDate day = stalledOn(sentAt).minusDays(1);
        while (!WorkingDays.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    private void agree(Proposal proposal, CurrentUser user) {
        proposal.agree(clock.instant());
        LocalDate today = LocalDate.now(clock);
        try {
            allocations.saveAndFlush(new Allocation(
                    proposal.getId(),
                    proposal.getDwellingId(),
                    proposal.getClientId(),
                    proposal.getAreaId().toString(),
                    today));
        } catch (DataIntegrityViolationException alreadyAllocated) {
            throw new nl.matchpunt.shared.ConflictException("matching.allocation.taken");
        }
        dwellings.allocate(proposal.getDwellingId());
        clients.markPlaced(proposal.getClientId());
        record(proposal, ProposalEvent.Kind.AGREED, user, null, null);
        withdrawOthers(proposal, user);
        LocalDate moveIn = proposal.getAvailableFrom().isAfter(today) ? proposal.getAvailableFrom() : today;
        publisher.publishEvent(new PlacementAgreed(
                proposal.getId(),
                proposal.getDwellingId(),
                proposal.getCorporationId(),
                proposal.getDwellingLabel(),
                proposal.getDistrictId(),
                proposal.getAreaId(),
                proposal.getClientId(),
                proposal.getCareProviderId(),
                proposal.getClientCode(),
                proposal.getTargetGroup(),
                proposal.getHouseholdSize(),
                proposal.isHasChildren(),
                proposal.getEligibleSince(),
                today,
                moveIn));
        notifyParty(proposal, Party.CORPORATION, "matching.notification.agreed");
        notifyParty(proposal, Party.CARE_PROVIDER, "matching.notification.agreed");
        notifications.notifyCoordinators(
                "matching.notification.agreed",
                List.of(proposal.getDwellingLabel(), proposal.getClientCode()),
                link(proposal));
    }

    /** Drafts in other open rounds for the same client or dwelling can no longer go out. */
    private void withdrawOthers(Proposal agreed, CurrentUser user) {
        List<ProposalStatus> pending = List.of(ProposalStatus.DRAFT, ProposalStatus.SENT, ProposalStatus.DECLINED);
        java.util.Set<Proposal> others = new java.util.HashSet<>();
        others.addAll(proposals.findByClientIdAndStatusIn(agreed.getClientId(), pending));
        others.addAll(proposals.findByDwellingIdAndStatusIn(agreed.getDwellingId(), pending));
        for (Proposal other : others) {
            if (!other.getId().equals(agreed.getId())) {
                other.withdraw(clock.instant());
                record(other, ProposalEvent.Kind.WITHDRAWN, user, null, "placement agreed elsewhere");
                notifyParty(other, Party.CORPORATION, "matching.notification.withdrawn");
                notifyParty(other, Party.CARE_PROVIDER, "matching.notification.withdrawn");
            }
        }
    }

    private void notifyParty(Proposal proposal, Party party, String messageKey) {
        List<String> args = List.of(proposal.getDwellingLabel(), proposal.getClientCode());
        if (party == Party.CORPORATION) {
            notifications.notifyOrganisation(
                    proposal.getCorporationId(), Role.CORPORATION_STAFF, messageKey, args, link(proposal));
        } else {
            notifications.notifyOrganisation(
                    proposal.getCareProviderId(), Role.CARE_PROVIDER_STAFF, messageKey, args, link(proposal));
        }
    }

    private static String link(Proposal proposal) {
        return "/proposals/" + proposal.getId();
    }

    private Proposal visible(Long id, CurrentUser user) {
        return proposals
                .findById(id)
                .filter(p -> p.getStatus() != ProposalStatus.DRAFT && p.getStatus() != ProposalStatus.REMOVED)
                .filter(p -> user.isCoordinator() || partyOf(p, user).isPresent())
                .orElseThrow(() -> new NotFoundException("proposal", id));
    }

    private Proposal locked(Long id, CurrentUser user) {
        Proposal proposal = proposals.findForUpdate(id).orElseThrow(() -> new NotFoundException("proposal", id));
        if (!user.isCoordinator() && partyOf(proposal, user).isEmpty()) {
            throw new NotFoundException("proposal", id);
        }
        if (proposal.getStatus() == ProposalStatus.DRAFT || proposal.getStatus() == ProposalStatus.REMOVED) {
            throw new NotFoundException("proposal", id);
        }
        return proposal;
    }

    private static Optional<Party> partyOf(Proposal proposal, CurrentUser user) {
        if (user.isCorporationStaff() && proposal.getCorporationId().equals(user.organisationId())) {
            return Optional.of(Party.CORPORATION);
        }
        if (user.isCareProviderStaff() && proposal.getCareProviderId().equals(user.organisationId())) {
            return Optional.of(Party.CARE_PROVIDER);
        }
        return Optional.empty();
    }

    private CurrentUser coordinator() {
        CurrentUser user = organisations.currentUser();
        if (!user.isCoordinator()) {
            throw new AccessDeniedException("coordinator only");
        }
        return user;
    }

    private void record(
            Proposal proposal,
            ProposalEvent.Kind kind,
            CurrentUser user,
            @Nullable String reason,
            @Nullable String note) {
        events.save(new ProposalEvent(
                proposal.getId(), clock.instant(), user.username(), user.organisationId(), kind, reason, note));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
