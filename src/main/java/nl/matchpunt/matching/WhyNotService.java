package nl.matchpunt.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.matchpunt.clients.ClientDetails;
import nl.matchpunt.clients.ClientDisclosure;
import nl.matchpunt.clients.ClientService;
import nl.matchpunt.clients.ClientStatus;
import nl.matchpunt.dwellings.DwellingService;
import nl.matchpunt.dwellings.DwellingStatus;
import nl.matchpunt.dwellings.DwellingView;
import nl.matchpunt.matching.WhyNot.RuleCount;
import nl.matchpunt.matching.WhyNot.Situation;
import nl.matchpunt.matching.engine.ClientExplanation;
import nl.matchpunt.matching.engine.DwellingExplanation;
import nl.matchpunt.matching.engine.HardRule;
import nl.matchpunt.matching.engine.MatchingEngine;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.organisations.SystemReads;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * "Why not?" for the partners about their own records: a corporation asks about its dwelling, a care provider about
 * its client, without phoning the coordinator. The answer is today's round as the engine would run it on the live
 * data (the same inputs and rules as the coordinator's round), told without naming anything of another organisation.
 * The subject is fetched through its own module's scoped read ({@link DwellingService#get}, {@link ClientService#get}),
 * so another organisation's dwelling or client is refused exactly as on its detail page, and reading a client is
 * recorded in the audit like any other read of the client.
 *
 * <p>The round itself is computed over every organisation's dwellings and waiting clients ({@link SystemReads}):
 * a corporation is owed the count of all waiting clients that fit its dwelling, which row-level security would
 * otherwise shrink to the few clients of its own proposals. What leaves this service is the subject's own situation
 * and counts, client counts with their small cells suppressed.
 */
@Service
public class WhyNotService {

    private final RoundInputs inputs;

    private final MatchingEngine engine;

    private final DwellingService dwellings;

    private final ClientService clients;

    private final OrganisationService organisations;

    private final ClientDisclosure disclosure;

    private final Clock clock;

    private final SystemReads systemReads;

    /** Today's round as far as one subject is concerned: its explanation, or {@code null} when it takes no part. */
    private record Round<E>(@Nullable E explanation, int dwellings, int clients) {}

    WhyNotService(
            RoundInputs inputs,
            MatchingEngine engine,
            DwellingService dwellings,
            ClientService clients,
            OrganisationService organisations,
            ClientDisclosure disclosure,
            Clock clock,
            SystemReads systemReads) {
        this.systemReads = systemReads;
        this.inputs = inputs;
        this.engine = engine;
        this.dwellings = dwellings;
        this.clients = clients;
        this.organisations = organisations;
        this.disclosure = disclosure;
        this.clock = clock;
    }

    /** Why the current user's dwelling is (or is not) matched today; counts of clients suppressed when small. */
    @PreAuthorize("hasAnyRole('CORPORATION_STAFF', 'COORDINATOR')")
    public WhyNot dwelling(Long dwellingId) {
        DwellingView dwelling = dwellings.get(dwellingId);
        LocalDate today = LocalDate.now(clock);
        int threshold =
                disclosure.suppressesSmallCells(organisations.currentUser()) ? disclosure.smallCellThreshold() : 1;
        String key = dwellingId.toString();
        String label = dwelling.address() + ", " + dwelling.postcode() + " " + dwelling.city();
        Round<DwellingExplanation> round = systemReads.read(() -> {
            RoundInputs.Inputs input = inputs.load(today);
            DwellingExplanation explanation = input.dwellings().containsKey(key)
                    ? engine.explainDwelling(input.instance(), engine.match(input.instance()), key)
                    : null;
            return new Round<>(
                    explanation, input.dwellings().size(), input.clients().size());
        });
        DwellingExplanation explanation = round.explanation();
        if (explanation == null) {
            boolean later = dwelling.status() == DwellingStatus.AVAILABLE
                    && dwelling.availableFrom().isAfter(inputs.availableBy(today));
            return new WhyNot(
                    WhyNot.Kind.DWELLING,
                    dwellingId,
                    label,
                    later ? Situation.NOT_YET_AVAILABLE : Situation.NOT_IN_MATCHING,
                    later ? null : "dwellings.status." + dwelling.status(),
                    later ? inputs.firstRoundOffering(dwelling.availableFrom()) : null,
                    null,
                    0,
                    List.of(),
                    null,
                    threshold);
        }
        Situation situation = explanation.proposedClient() != null
                ? Situation.WOULD_BE_PROPOSED
                : explanation.feasibleClients() == 0 ? Situation.NOTHING_FEASIBLE : Situation.LOST_TO_OTHERS;
        return new WhyNot(
                WhyNot.Kind.DWELLING,
                dwellingId,
                label,
                situation,
                null,
                null,
                shown(explanation.feasibleClients(), threshold),
                explanation.clients(),
                perRule(explanation.rejectionsPerRule(), threshold),
                explanation.unmatchedReason(),
                threshold);
    }

    /**
     * Why the current user's client is (or is not) matched today. The counts are of dwellings, which single no person
     * out, so none is suppressed. Reading the client is one audit record, as on its detail page.
     */
    @PreAuthorize("hasAnyRole('CARE_PROVIDER_STAFF', 'COORDINATOR')")
    public WhyNot client(Long clientId) {
        ClientDetails client = clients.get(clientId);
        LocalDate today = LocalDate.now(clock);
        String key = clientId.toString();
        Round<ClientExplanation> round = systemReads.read(() -> {
            RoundInputs.Inputs input = inputs.load(today);
            ClientExplanation explanation = input.clients().containsKey(key)
                    ? engine.explainClient(input.instance(), engine.match(input.instance()), key)
                    : null;
            return new Round<>(
                    explanation, input.dwellings().size(), input.clients().size());
        });
        ClientExplanation explanation = round.explanation();
        if (explanation == null) {
            return new WhyNot(
                    WhyNot.Kind.CLIENT,
                    clientId,
                    client.clientCode(),
                    Situation.NOT_IN_MATCHING,
                    "clients.status." + client.status(),
                    client.status() == ClientStatus.PARKED ? client.parkedUntil() : null,
                    null,
                    0,
                    List.of(),
                    null,
                    1);
        }
        Situation situation = explanation.proposedDwelling() != null
                ? Situation.WOULD_BE_PROPOSED
                : explanation.feasibleDwellings().isEmpty() ? Situation.NOTHING_FEASIBLE : Situation.LOST_TO_OTHERS;
        return new WhyNot(
                WhyNot.Kind.CLIENT,
                clientId,
                client.clientCode(),
                situation,
                null,
                null,
                explanation.feasibleDwellings().size(),
                round.dwellings(),
                perRule(explanation.rejectionsPerRule(), 1),
                null,
                1);
    }

    private static List<RuleCount> perRule(Map<HardRule, Integer> counts, int threshold) {
        List<RuleCount> rows = new ArrayList<>();
        counts.entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<HardRule, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> rows.add(new RuleCount(entry.getKey(), shown(entry.getValue(), threshold))));
        return rows;
    }

    /** The count as shown: {@code null} when it is a small cell (1 up to the threshold). */
    private static @Nullable Integer shown(int count, int threshold) {
        return count > 0 && count < threshold ? null : count;
    }
}
