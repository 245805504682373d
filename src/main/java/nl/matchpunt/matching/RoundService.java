package nl.matchpunt.matching;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.matchpunt.clients.ClientService;
import nl.matchpunt.clients.WaitingClient;
import nl.matchpunt.dwellings.AvailableDwelling;
import nl.matchpunt.dwellings.DwellingService;
import nl.matchpunt.matching.engine.ClientExplanation;
import nl.matchpunt.matching.engine.DwellingExplanation;
import nl.matchpunt.matching.engine.MatchingEngine;
import nl.matchpunt.matching.engine.MatchingResult;
import nl.matchpunt.matching.engine.PairScore;
import nl.matchpunt.matching.engine.ScoreBreakdown;
import nl.matchpunt.organisations.CurrentUser;
import nl.matchpunt.organisations.NotificationService;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.organisations.Role;
import nl.matchpunt.shared.ConflictException;
import nl.matchpunt.shared.DomainException;
import nl.matchpunt.shared.NotFoundException;
import nl.matchpunt.shared.PersonalDataListed;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's weekly round: run the engine on the live data, review the proposals (remove one, swap in
 * another feasible client), see why a client or dwelling was not matched, and confirm the round, which sends the
 * proposals to the corporations and care providers involved.
 */
@Service
@Transactional
public class RoundService {

    /** How many of the best-ranked clients per dwelling the fairness record keeps. */
    static final int RANKING_DEPTH = 5;

    private final MatchingRoundRepository rounds;

    private final ProposalRepository proposals;

    private final ProposalEventRepository events;

    private final RoundRankingRepository rankings;

    private final UnmatchedDwellingRepository unmatched;

    private final RoundInputs inputs;

    private final MatchingEngine engine;

    private final DwellingService dwellings;

    private final ClientService clients;

    private final OrganisationService organisations;

    private final NotificationService notifications;

    private final IntakeCapacityRepository capacities;

    private final Clock clock;

    private final ApplicationEventPublisher publisher;

    RoundService(
            MatchingRoundRepository rounds,
            ProposalRepository proposals,
            ProposalEventRepository events,
            RoundRankingRepository rankings,
            UnmatchedDwellingRepository unmatched,
            RoundInputs inputs,
            MatchingEngine engine,
            DwellingService dwellings,
            ClientService clients,
            OrganisationService organisations,
            NotificationService notifications,
            IntakeCapacityRepository capacities,
            Clock clock,
            ApplicationEventPublisher publisher) {
        this.capacities = capacities;
        this.rounds = rounds;
        this.proposals = proposals;
        this.events = events;
        this.rankings = rankings;
        this.unmatched = unmatched;
        this.inputs = inputs;
        this.engine = engine;
        this.dwellings = dwellings;
        this.clients = clients;
        this.organisations = organisations;
        this.notifications = notifications;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** The round that is open now, if any: the newest, as there is at most one (older data may hold more). */
    @Transactional(readOnly = true)
    public Optional<MatchingRound> openRound() {
        coordinator();
        return rounds.findByStatusOrderByOpenedAtDescIdDesc(RoundStatus.OPEN).stream()
                .findFirst();
    }

    /** Runs the engine on today's data and keeps its proposals as drafts of a new open round; refused while one is open. */
    public MatchingRound open() {
        return open(null);
    }

    /**
     * Runs the engine on today's data and keeps its proposals as drafts of a new open round. One round is open at a
     * time: while one is, this is refused with {@link OpenRoundException}, unless the coordinator explicitly chose to
     * close it ({@code closing} is the open round's id, as shown to the coordinator); then the open round is
     * cancelled first and its draft proposals released.
     */
    public MatchingRound open(@Nullable Long closing) {
        CurrentUser user = coordinator();
        rounds.findFirstByOrderByIdDesc();
        List<MatchingRound> open = rounds.findByStatusOrderByOpenedAtDescIdDesc(RoundStatus.OPEN);
        if (!open.isEmpty()) {
            if (!open.get(0).getId().equals(closing)) {
                throw new OpenRoundException(open.get(0));
            }
            for (MatchingRound round : open) {
                cancel(round.getId());
            }
        }
        LocalDate today = LocalDate.now(clock);
        RoundInputs.Inputs input = inputs.load(today);
        MatchingResult result = engine.match(input.instance());
        BigDecimal total = BigDecimal.valueOf(result.totalScore(), 2);
        MatchingRound round = rounds.save(new MatchingRound(
                today,
                clock.instant(),
                user.username(),
                input.dwellings().size(),
                input.clients().size(),
                result.proposals().size(),
                total,
                result.solveMillis()));
        for (nl.matchpunt.matching.engine.Proposal proposed : result.proposals()) {
            Proposal proposal = proposals.save(new Proposal(
                    round.getId(),
                    proposalDwelling(input.dwellings().get(proposed.dwellingId())),
                    proposalClient(input.clients().get(proposed.clientId())),
                    parts(proposed.score())));
            record(proposal, ProposalEvent.Kind.PROPOSED, user, null, null);
        }
        keepRankings(round, input);
        Map<String, DwellingExplanation> explanations = engine.explainDwellings(
                input.instance(),
                result,
                result.unmatchedDwellings().stream()
                        .map(nl.matchpunt.matching.engine.UnmatchedDwelling::dwellingId)
                        .toList());
        for (nl.matchpunt.matching.engine.UnmatchedDwelling missed : result.unmatchedDwellings()) {
            AvailableDwelling dwelling = input.dwellings().get(missed.dwellingId());
            DwellingExplanation explanation = explanations.get(missed.dwellingId());
            unmatched.save(new UnmatchedDwelling(
                    round.getId(),
                    dwelling.id(),
                    label(dwelling),
                    missed.reason().name(),
                    explanation.feasibleClients()));
        }
        return round;
    }

    @Transactional(readOnly = true)
    public Page<MatchingRound> rounds(Pageable pageable) {
        coordinator();
        return rounds.findAllByOrderByOpenedAtDescIdDesc(pageable);
    }

    @Transactional(readOnly = true)
    public RoundView round(Long id) {
        coordinator();
        MatchingRound round = find(id);
        List<Proposal> roundProposals = proposals.findByRoundIdOrderByScoreDescIdAsc(id);
        List<RoundRanking> ranked = rankings.findByRoundIdOrderByDwellingIdAscRankPositionAsc(id);
        List<UnmatchedDwelling> missed = unmatched.findByRoundIdOrderByDwellingLabelAsc(id);
        List<RoundView.OpenDwelling> reopened = reopened(round, roundProposals, missed);
        // The best clients shown beside a reopened dwelling are waiting clients without a draft: the round page lists
        // each of them again under "waiting clients without a proposal", and notProposed records them there, once.
        listed(List.copyOf(shownByRound(roundProposals, ranked)), "round");
        Map<Long, List<RoundRanking>> ranking =
                ranked.stream().collect(Collectors.groupingBy(RoundRanking::getDwellingId));
        return new RoundView(round, roundProposals, missed, reopened, ranking, LocalDate.now(clock));
    }

    /**
     * The dwellings of an open round whose proposal the coordinator removed and that have no other: open again, with
     * the clients that could take them now, best first.
     */
    private List<RoundView.OpenDwelling> reopened(
            MatchingRound round, List<Proposal> roundProposals, List<UnmatchedDwelling> missed) {
        if (round.getStatus() != RoundStatus.OPEN) {
            return List.of();
        }
        Set<Long> filled = roundProposals.stream()
                .filter(p -> p.getStatus() != ProposalStatus.REMOVED)
                .map(Proposal::getDwellingId)
                .collect(Collectors.toSet());
        missed.forEach(m -> filled.add(m.getDwellingId()));
        Map<Long, String> open = new java.util.TreeMap<>();
        roundProposals.stream()
                .filter(p -> p.getStatus() == ProposalStatus.REMOVED && !filled.contains(p.getDwellingId()))
                .forEach(p -> open.put(p.getDwellingId(), p.getDwellingLabel()));
        if (open.isEmpty()) {
            return List.of();
        }
        RoundInputs.Inputs input = inputs.load(round.getReferenceDate());
        List<PairScore> pairs = engine.feasiblePairs(input.instance());
        return open.entrySet().stream()
                .map(e -> new RoundView.OpenDwelling(
                        e.getKey(), e.getValue(), candidatesFor(roundProposals, e.getKey(), input, pairs)))
                .sorted(Comparator.comparing(RoundView.OpenDwelling::dwellingLabel))
                .toList();
    }

    /** The coordinator takes a draft proposal out of the open round. */
    public void remove(Long roundId, Long proposalId) {
        CurrentUser user = coordinator();
        find(roundId).requireOpen();
        Proposal proposal = proposalOf(roundId, proposalId);
        proposal.remove();
        record(proposal, ProposalEvent.Kind.REMOVED, user, null, null);
    }

    /**
     * The clients that could take this proposal's dwelling instead, best first: feasible by every hard rule and
     * not already in another proposal of the round or in an open proposal.
     */
    @Transactional(readOnly = true)
    public List<Alternative> alternatives(Long roundId, Long proposalId) {
        return candidates(roundId, proposalOf(roundId, proposalId).getDwellingId());
    }

    /** The clients that could take a dwelling of the round, best first, not yet in another proposal. */
    @Transactional(readOnly = true)
    public List<Alternative> candidates(Long roundId, Long dwellingId) {
        coordinator();
        MatchingRound round = find(roundId);
        round.requireOpen();
        RoundInputs.Inputs input = inputs.load(round.getReferenceDate());
        List<Proposal> roundProposals = proposals.findByRoundIdOrderByScoreDescIdAsc(roundId);
        List<Alternative> alternatives =
                candidatesFor(roundProposals, dwellingId, input, engine.feasiblePairs(input.instance()));
        listedBesideRound(
                roundId,
                roundProposals,
                alternatives.stream().map(Alternative::clientId).toList());
        return alternatives;
    }

    /**
     * The feasible clients for a dwelling of the round, best first, leaving out the clients of the round's drafts
     * and the client whose proposal for this dwelling the coordinator removed.
     */
    private static List<Alternative> candidatesFor(
            List<Proposal> roundProposals, Long dwellingId, RoundInputs.Inputs input, List<PairScore> pairs) {
        Set<Long> taken = new HashSet<>();
        for (Proposal other : roundProposals) {
            if (other.getStatus() == ProposalStatus.DRAFT
                    || (other.getStatus() == ProposalStatus.REMOVED
                            && other.getDwellingId().equals(dwellingId))) {
                taken.add(other.getClientId());
            }
        }
        List<Alternative> alternatives = new ArrayList<>();
        for (PairScore pair : pairs) {
            if (!pair.dwellingId().equals(dwellingId.toString())) {
                continue;
            }
            WaitingClient client = input.clients().get(pair.clientId());
            if (client == null || taken.contains(client.id())) {
                continue;
            }
            alternatives.add(new Alternative(
                    client.id(),
                    client.clientCode(),
                    client.targetGroupCode(),
                    client.eligibleSince(),
                    parts(pair.score())));
        }
        alternatives.sort(Comparator.comparing((Alternative a) -> a.score().total())
                .reversed()
                .thenComparing(Alternative::eligibleSince)
                .thenComparing(Alternative::clientId));
        return alternatives;
    }

    /** One audit record per client shown on a round page. */
    private void listed(List<Long> clientIds, String page) {
        publisher.publishEvent(PersonalDataListed.of("CLIENT", clientIds, page));
    }

    /**
     * A second list on a round page (waiting clients, alternatives): its clients that the round's own list of
     * proposals already showed, and recorded, are not recorded twice for the same page.
     */
    private void listedBesideRound(Long roundId, List<Proposal> roundProposals, List<Long> clientIds) {
        Set<Long> inRound =
                shownByRound(roundProposals, rankings.findByRoundIdOrderByDwellingIdAscRankPositionAsc(roundId));
        listed(clientIds.stream().filter(id -> !inRound.contains(id)).toList(), "round");
    }

    /** The clients the round's own table shows: those of its active proposals and of their rankings. */
    private static Set<Long> shownByRound(List<Proposal> roundProposals, List<RoundRanking> ranked) {
        Set<Long> shown = new LinkedHashSet<>();
        roundProposals.stream()
                .filter(p -> p.getStatus() != ProposalStatus.REMOVED)
                .forEach(p -> shown.add(p.getClientId()));
        Set<Long> dwellings = roundProposals.stream()
                .filter(p -> p.getStatus() != ProposalStatus.REMOVED)
                .map(Proposal::getDwellingId)
                .collect(Collectors.toSet());
        ranked.stream().filter(r -> dwellings.contains(r.getDwellingId())).forEach(r -> shown.add(r.getClientId()));
        return shown;
    }

    /**
     * Adds a proposal for a dwelling of the round that has none, with a feasible client that has none either
     * (for example after the coordinator removed another proposal).
     */
    public Proposal add(Long roundId, Long dwellingId, Long clientId) {
        CurrentUser user = coordinator();
        boolean inRound = unmatched.findByRoundIdOrderByDwellingLabelAsc(roundId).stream()
                        .anyMatch(u -> u.getDwellingId().equals(dwellingId))
                || proposals.findByRoundIdOrderByScoreDescIdAsc(roundId).stream()
                        .anyMatch(p -> p.getDwellingId().equals(dwellingId));
        boolean hasDraft = proposals.findByRoundIdAndStatus(roundId, ProposalStatus.DRAFT).stream()
                .anyMatch(p -> p.getDwellingId().equals(dwellingId));
        if (!inRound || hasDraft) {
            throw new DomainException("matching.add.notPossible");
        }
        Alternative chosen = candidates(roundId, dwellingId).stream()
                .filter(a -> a.clientId().equals(clientId))
                .findFirst()
                .orElseThrow(() -> new DomainException("matching.swap.notFeasible"));
        RoundInputs.Inputs input = inputs.load(find(roundId).getReferenceDate());
        AvailableDwelling dwelling = input.dwellings().get(dwellingId.toString());
        WaitingClient client = input.clients().get(clientId.toString());
        if (dwelling == null || client == null) {
            throw new DomainException("matching.swap.notFeasible");
        }
        Proposal proposal = proposals.save(
                new Proposal(roundId, proposalDwelling(dwelling), proposalClient(client), chosen.score()));
        record(proposal, ProposalEvent.Kind.PROPOSED, user, null, user.username());
        return proposal;
    }

    /** Puts another feasible client on the proposal's dwelling; refuses a client that is not feasible. */
    public void swap(Long roundId, Long proposalId, Long clientId) {
        CurrentUser user = coordinator();
        Alternative chosen = alternatives(roundId, proposalId).stream()
                .filter(a -> a.clientId().equals(clientId))
                .findFirst()
                .orElseThrow(() -> new DomainException("matching.swap.notFeasible"));
        Proposal proposal = proposalOf(roundId, proposalId);
        WaitingClient client =
                inputs.load(find(roundId).getReferenceDate()).clients().get(clientId.toString());
        if (client == null) {
            throw new DomainException("matching.swap.notFeasible");
        }
        String previous = proposal.getClientCode();
        proposal.swapClient(proposalClient(client), chosen.score());
        record(proposal, ProposalEvent.Kind.CLIENT_SWAPPED, user, null, previous);
    }

    /**
     * Confirms the round: every draft proposal goes out, reserving its dwelling and client. When another round
     * has meanwhile taken one of them, nothing is sent and the coordinator is told.
     */
    public int confirm(Long roundId) {
        CurrentUser user = coordinator();
        MatchingRound round = find(roundId);
        round.confirm(user.username(), clock.instant());
        List<Proposal> drafts = proposals.findByRoundIdAndStatus(roundId, ProposalStatus.DRAFT);
        try {
            for (Proposal proposal : drafts) {
                proposal.send(clock.instant());
                dwellings.propose(proposal.getDwellingId());
                clients.markProposed(proposal.getClientId());
                record(proposal, ProposalEvent.Kind.SENT, user, null, null);
            }
            proposals.flush();
            rounds.flush();
        } catch (DataIntegrityViolationException | DomainException taken) {
            throw new ConflictException("matching.round.conflict");
        }
        for (Proposal proposal : drafts) {
            String link = "/proposals/" + proposal.getId();
            List<String> args = List.of(proposal.getDwellingLabel(), proposal.getClientCode());
            notifications.notifyOrganisation(
                    proposal.getCorporationId(), Role.CORPORATION_STAFF, "matching.notification.new", args, link);
            notifications.notifyOrganisation(
                    proposal.getCareProviderId(), Role.CARE_PROVIDER_STAFF, "matching.notification.new", args, link);
        }
        return drafts.size();
    }

    public void cancel(Long roundId) {
        CurrentUser user = coordinator();
        MatchingRound round = find(roundId);
        round.cancel();
        for (Proposal proposal : proposals.findByRoundIdAndStatus(roundId, ProposalStatus.DRAFT)) {
            proposal.remove();
            record(proposal, ProposalEvent.Kind.REMOVED, user, null, null);
        }
    }

    /** The care providers' intake capacity per round, by care provider id; a provider absent has no limit. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> intakeCapacities() {
        coordinator();
        Map<Long, Integer> result = new HashMap<>();
        capacities.findAll().forEach(c -> result.put(c.getCareProviderId(), c.getCapacity()));
        return result;
    }

    /** Sets a care provider's intake capacity per round; {@code null} removes the limit. */
    public void setIntakeCapacity(Long careProviderId, @Nullable Integer capacity) {
        coordinator();
        if (capacity != null && capacity < 0) {
            throw new DomainException("matching.capacity.negative");
        }
        Optional<IntakeCapacity> current = capacities.findById(careProviderId);
        if (capacity == null) {
            current.ifPresent(capacities::delete);
        } else if (current.isPresent()) {
            current.get().change(capacity);
        } else {
            capacities.save(new IntakeCapacity(careProviderId, capacity));
        }
    }

    /** Why a client is or is not matched today: feasible dwellings, and the first failed rule for the others. */
    @Transactional(readOnly = true)
    public ClientExplanation whyNotClient(Long clientId) {
        coordinator();
        RoundInputs.Inputs input = inputs.load(LocalDate.now(clock));
        if (!input.clients().containsKey(clientId.toString())) {
            throw new NotFoundException("waiting client", clientId);
        }
        MatchingResult result = engine.match(input.instance());
        return engine.explainClient(input.instance(), result, clientId.toString());
    }

    /** Why a dwelling is or is not matched today: how many clients are feasible, and which rule excludes most. */
    @Transactional(readOnly = true)
    public DwellingExplanation whyNotDwelling(Long dwellingId) {
        coordinator();
        RoundInputs.Inputs input = inputs.load(LocalDate.now(clock));
        if (!input.dwellings().containsKey(dwellingId.toString())) {
            throw new NotFoundException("available dwelling", dwellingId);
        }
        MatchingResult result = engine.match(input.instance());
        return engine.explainDwelling(input.instance(), result, dwellingId.toString());
    }

    /** Labels for the dwellings and clients an explanation names, keyed by their ids as strings. */
    @Transactional(readOnly = true)
    public Map<String, String> labels() {
        RoundInputs.Inputs input = inputs.load(LocalDate.now(clock));
        Map<String, String> labels = new HashMap<>();
        input.dwellings().forEach((id, dwelling) -> labels.put("D" + id, label(dwelling)));
        input.clients().forEach((id, client) -> labels.put("C" + id, client.clientCode()));
        return labels;
    }

    /** The clients waiting today who are not in the given round's proposals, longest waiting first. */
    @Transactional(readOnly = true)
    public List<WaitingClient> notProposed(Long roundId) {
        coordinator();
        MatchingRound round = find(roundId);
        List<Proposal> roundProposals = proposals.findByRoundIdOrderByScoreDescIdAsc(roundId);
        Set<Long> proposed = roundProposals.stream()
                .filter(p -> p.getStatus() != ProposalStatus.REMOVED)
                .map(Proposal::getClientId)
                .collect(Collectors.toSet());
        List<WaitingClient> waiting = inputs.load(round.getReferenceDate()).clients().values().stream()
                .filter(c -> !proposed.contains(c.id()))
                .sorted(Comparator.comparing(WaitingClient::eligibleSince).thenComparing(WaitingClient::id))
                .toList();
        listedBesideRound(
                roundId, roundProposals, waiting.stream().map(WaitingClient::id).toList());
        return waiting;
    }

    private void keepRankings(MatchingRound round, RoundInputs.Inputs input) {
        Map<String, List<PairScore>> perDwelling =
                engine.feasiblePairs(input.instance()).stream().collect(Collectors.groupingBy(PairScore::dwellingId));
        perDwelling.forEach((dwellingId, pairs) -> {
            List<PairScore> best = pairs.stream()
                    .sorted(Comparator.comparingLong((PairScore p) -> p.score().total())
                            .reversed()
                            .thenComparing(PairScore::clientId))
                    .limit(RANKING_DEPTH)
                    .toList();
            for (int rank = 0; rank < best.size(); rank++) {
                PairScore pair = best.get(rank);
                WaitingClient client = input.clients().get(pair.clientId());
                rankings.save(new RoundRanking(
                        round.getId(),
                        Long.valueOf(dwellingId),
                        rank + 1,
                        client.id(),
                        client.clientCode(),
                        BigDecimal.valueOf(pair.score().total(), 2)));
            }
        });
    }

    ProposalDwelling proposalDwelling(AvailableDwelling dwelling) {
        return new ProposalDwelling(
                dwelling.id(),
                dwelling.corporationId(),
                label(dwelling),
                dwelling.districtId(),
                dwelling.districtName(),
                dwelling.areaId(),
                dwelling.areaName(),
                dwelling.availableFrom());
    }

    static ProposalClient proposalClient(WaitingClient client) {
        return new ProposalClient(
                client.id(),
                client.careProviderId(),
                client.clientCode(),
                client.targetGroupCode(),
                client.eligibleSince(),
                client.profile().carefulMatching(),
                client.householdSize(),
                client.children() > 0);
    }

    private String label(AvailableDwelling dwelling) {
        return dwellings.labelForMatching(dwelling.id());
    }

    static ScoreParts parts(ScoreBreakdown score) {
        return new ScoreParts(
                BigDecimal.valueOf(score.waiting(), 2),
                BigDecimal.valueOf(score.preferences(), 2),
                BigDecimal.valueOf(score.contingent(), 2),
                BigDecimal.valueOf(score.spread(), 2),
                BigDecimal.valueOf(score.scarcity(), 2));
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

    private MatchingRound find(Long id) {
        return rounds.findById(id).orElseThrow(() -> new NotFoundException("round", id));
    }

    private Proposal proposalOf(Long roundId, Long proposalId) {
        return proposals
                .findById(proposalId)
                .filter(p -> p.getRoundId().equals(roundId))
                .orElseThrow(() -> new NotFoundException("proposal", proposalId));
    }

    private CurrentUser coordinator() {
        CurrentUser user = organisations.currentUser();
        if (!user.isCoordinator()) {
            throw new AccessDeniedException("coordinator only");
        }
        return user;
    }

    /** A client that could take a dwelling instead, with the score it would have. */
    public record Alternative(
            Long clientId, String clientCode, String targetGroup, LocalDate eligibleSince, ScoreParts score) {}
}
