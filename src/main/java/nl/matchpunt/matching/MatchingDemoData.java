package nl.matchpunt.matching;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.matchpunt.clients.ClientService;
import nl.matchpunt.clients.PlacedClient;
import nl.matchpunt.clients.WaitingClient;
import nl.matchpunt.dwellings.AvailableDwelling;
import nl.matchpunt.dwellings.DwellingService;
import nl.matchpunt.matching.engine.MatchingEngine;
import nl.matchpunt.matching.engine.MatchingInstance;
import nl.matchpunt.matching.engine.PairScore;
import nl.matchpunt.matching.engine.ScoreBreakdown;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.shared.ClockConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data: weekly rounds of the past years in which the demo's placed clients got the demo's let dwellings (with
 * some declines on the way), each published as {@link PlacementAgreed} so that cases and quota follow; then this
 * week's round, sent to the parties with some decisions taken, and a new open round waiting for the coordinator.
 */
@Component
@ConditionalOnBooleanProperty("matchpunt.demo")
@Order(40)
class MatchingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MatchingDemoData.class);

    private static final String SYSTEM = "coordinator";

    private static final List<String> DECLINES =
            List.of("UNSUITABLE_AFTER_VIEWING", "CLIENT_REFUSED", "NOT_SUITABLE_FOR_COMPLEX", "CLIENT_UNREACHABLE");

    private final MatchingRoundRepository rounds;

    private final ProposalRepository proposals;

    private final ProposalEventRepository events;

    private final AllocationRepository allocations;

    private final DwellingService dwellings;

    private final ClientService clients;

    private final MatchingEngine engine;

    private final RoundService roundService;

    private final ProposalService proposalService;

    private final OrganisationService organisations;

    private final UserDetailsService users;

    private final org.springframework.context.ApplicationEventPublisher publisher;

    private final TransactionTemplate transactions;

    private final JdbcTemplate jdbc;

    private final EntityManager entityManager;

    private final Clock clock;

    MatchingDemoData(
            MatchingRoundRepository rounds,
            ProposalRepository proposals,
            ProposalEventRepository events,
            AllocationRepository allocations,
            DwellingService dwellings,
            ClientService clients,
            MatchingEngine engine,
            RoundService roundService,
            ProposalService proposalService,
            OrganisationService organisations,
            UserDetailsService users,
            org.springframework.context.ApplicationEventPublisher publisher,
            TransactionTemplate transactions,
            JdbcTemplate jdbc,
            Clock clock,
            EntityManager entityManager) {
        this.rounds = rounds;
        this.proposals = proposals;
        this.events = events;
        this.allocations = allocations;
        this.dwellings = dwellings;
        this.clients = clients;
        this.engine = engine;
        this.roundService = roundService;
        this.proposalService = proposalService;
        this.organisations = organisations;
        this.users = users;
        this.publisher = publisher;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rounds.count() > 0) {
            return;
        }
        Integer placed = transactions.execute(status -> history());
        int placements = placed == null ? 0 : placed;
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            thisWeek();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        log.info("Demo matching history created: {} placements in past rounds, this week's rounds", placements);
    }

    /** One confirmed round per week of the past year, pairing placed clients with let dwellings. */
    private Integer history() {
        Random random = new Random(40);
        List<AvailableDwelling> let = new ArrayList<>(dwellings.letDwellings());
        Map<LocalDate, List<PlacedClient>> perWeek = new LinkedHashMap<>();
        for (PlacedClient placed : clients.placedClients()) {
            LocalDate monday = placed.placedOn().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            perWeek.computeIfAbsent(monday, week -> new ArrayList<>()).add(placed);
        }
        int next = 0;
        int agreed = 0;
        for (Map.Entry<LocalDate, List<PlacedClient>> week : perWeek.entrySet()) {
            LocalDate monday = week.getKey();
            Instant opened = at(monday, 9);
            MatchingRound round = rounds.save(new MatchingRound(
                    monday,
                    opened,
                    SYSTEM,
                    week.getValue().size() * 3,
                    300,
                    week.getValue().size(),
                    java.math.BigDecimal.ZERO,
                    40));
            round.confirm(SYSTEM, at(monday, 11));
            for (PlacedClient placed : week.getValue()) {
                if (next >= let.size()) {
                    return agreed;
                }
                if (random.nextInt(100) < 15 && next + 1 < let.size()) {
                    declined(round, let.get(next++), placed.client(), monday, random);
                }
                AvailableDwelling dwelling = let.get(next++);
                agreed(round, dwelling, placed, monday);
                agreed++;
            }
            // one week at a time: with the whole year in one persistence context, every query of the listeners
            // (cases, quota) first dirty-checked all rows written so far, which made start-up seconds slower
            entityManager.flush();
            entityManager.clear();
        }
        return agreed;
    }

    private void agreed(MatchingRound round, AvailableDwelling dwelling, PlacedClient placed, LocalDate monday) {
        WaitingClient client = placed.client();
        Proposal proposal = proposals.save(new Proposal(
                round.getId(),
                roundService.proposalDwelling(dwelling),
                RoundService.proposalClient(client),
                score(dwelling, client, monday)));
        Instant sent = at(monday, 11);
        proposal.send(sent);
        proposal.accept(Party.CORPORATION);
        proposal.accept(Party.CARE_PROVIDER);
        Instant agreedAt = at(placed.placedOn(), 15);
        proposal.agree(agreedAt);
        timeline(
                proposal,
                monday,
                agreedAt,
                List.of(ProposalEvent.Kind.ACCEPTED, ProposalEvent.Kind.ACCEPTED, ProposalEvent.Kind.AGREED),
                null);
        allocations.save(new Allocation(
                proposal.getId(), dwelling.id(), client.id(), dwelling.areaId().toString(), placed.placedOn()));
        publisher.publishEvent(new PlacementAgreed(
                proposal.getId(),
                dwelling.id(),
                dwelling.corporationId(),
                proposal.getDwellingLabel(),
                dwelling.districtId(),
                dwelling.areaId(),
                client.id(),
                client.careProviderId(),
                client.clientCode(),
                client.targetGroupCode(),
                client.householdSize(),
                client.children() > 0,
                client.eligibleSince(),
                placed.placedOn(),
                placed.placedOn().plusDays(14)));
    }

    private void declined(
            MatchingRound round, AvailableDwelling dwelling, WaitingClient client, LocalDate monday, Random random) {
        Proposal proposal = proposals.save(new Proposal(
                round.getId(),
                roundService.proposalDwelling(dwelling),
                RoundService.proposalClient(client),
                score(dwelling, client, monday)));
        proposal.send(at(monday, 11));
        String reason = DECLINES.get(random.nextInt(DECLINES.size()));
        Party party = reason.equals("NOT_SUITABLE_FOR_COMPLEX") ? Party.CORPORATION : Party.CARE_PROVIDER;
        proposal.decline(party, reason);
        Instant closed = at(monday.plusDays(3), 10);
        proposal.confirmDecline(closed);
        timeline(
                proposal,
                monday,
                closed,
                List.of(ProposalEvent.Kind.DECLINED, ProposalEvent.Kind.DECLINE_CONFIRMED),
                reason);
    }

    private void timeline(
            Proposal proposal, LocalDate monday, Instant closed, List<ProposalEvent.Kind> after, String reason) {
        events.save(new ProposalEvent(
                proposal.getId(), at(monday, 9), SYSTEM, null, ProposalEvent.Kind.PROPOSED, null, null));
        events.save(
                new ProposalEvent(proposal.getId(), at(monday, 11), SYSTEM, null, ProposalEvent.Kind.SENT, null, null));
        for (ProposalEvent.Kind kind : after) {
            String code =
                    kind == ProposalEvent.Kind.DECLINED || kind == ProposalEvent.Kind.DECLINE_CONFIRMED ? reason : null;
            events.save(new ProposalEvent(proposal.getId(), closed, SYSTEM, null, kind, code, null));
        }
    }

    /** This week: a confirmed round with decisions under way, and an open round for the coordinator. */
    private void thisWeek() {
        loginAs("coordinator");
        MatchingRound sent = roundService.open();
        Set<Long> demoParties = Set.of(
                organisations.findByCode("ymere").orElseThrow().id(),
                organisations.findByCode("rochdale").orElseThrow().id());
        Set<Long> demoProviders = Set.of(
                organisations.findByCode("hvo-querido").orElseThrow().id(),
                organisations.findByCode("leger-des-heils").orElseThrow().id());
        int kept = 0;
        for (Proposal draft : proposals.findByRoundIdAndStatus(sent.getId(), ProposalStatus.DRAFT)) {
            boolean demo =
                    demoParties.contains(draft.getCorporationId()) && demoProviders.contains(draft.getCareProviderId());
            if (!demo || kept >= 10) {
                roundService.remove(sent.getId(), draft.getId());
            } else {
                kept++;
            }
        }
        roundService.confirm(sent.getId());
        List<Proposal> out = proposals.findByRoundIdAndStatus(sent.getId(), ProposalStatus.SENT);
        for (int i = 0; i < out.size(); i++) {
            Proposal proposal = out.get(i);
            switch (i % 5) {
                case 0 -> as(corporationUser(proposal), () -> proposalService.accept(proposal.getId()));
                case 1 -> as(providerUser(proposal), () -> proposalService.accept(proposal.getId()));
                case 2 -> {
                    if (i == 2) {
                        as(
                                providerUser(proposal),
                                () -> proposalService.decline(
                                        proposal.getId(),
                                        "CLIENT_REFUSED",
                                        "De cliënt wil niet zo ver van het netwerk wonen."));
                    }
                }
                default ->
                    jdbc.update(
                            "update proposal set sent_at = ? where id = ?",
                            java.sql.Timestamp.from(clock.instant().minus(9, ChronoUnit.DAYS)),
                            proposal.getId());
            }
        }
        loginAs("coordinator");
        roundService.open();
    }

    private String corporationUser(Proposal proposal) {
        return proposal.getCorporationId()
                        .equals(organisations.findByCode("ymere").orElseThrow().id())
                ? "ymere"
                : "rochdale";
    }

    private String providerUser(Proposal proposal) {
        return proposal.getCareProviderId()
                        .equals(organisations
                                .findByCode("hvo-querido")
                                .orElseThrow()
                                .id())
                ? "hvo"
                : "leger";
    }

    private void as(String username, Runnable work) {
        loginAs(username);
        work.run();
    }

    private void loginAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    private ScoreParts score(AvailableDwelling dwelling, WaitingClient client, LocalDate referenceDate) {
        RoundInputs.Inputs single = RoundInputs.single(dwelling, client, referenceDate);
        MatchingInstance instance = single.instance();
        List<PairScore> pairs = engine.feasiblePairs(instance);
        ScoreBreakdown breakdown = pairs.isEmpty()
                ? new ScoreBreakdown(0, 0, 0, 0, 0)
                : pairs.get(0).score();
        return RoundService.parts(breakdown);
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0))
                .atZone(ClockConfiguration.AMSTERDAM)
                .toInstant();
    }
}
