package nl.matchpunt.matching.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.function.Function;
import nl.matchpunt.matching.engine.Baselines;
import nl.matchpunt.matching.engine.CareProvider;
import nl.matchpunt.matching.engine.Client;
import nl.matchpunt.matching.engine.Contingent;
import nl.matchpunt.matching.engine.Dwelling;
import nl.matchpunt.matching.engine.MatchingEngine;
import nl.matchpunt.matching.engine.MatchingInstance;
import nl.matchpunt.matching.engine.MatchingResult;
import nl.matchpunt.matching.engine.Proposal;
import nl.matchpunt.matching.engine.ScoreWeights;

/**
 * The {@code simulate} command: a year of weekly rounds on the same seeded arrivals, vacancies and declines, once
 * with the engine and once with "longest waiting first". Arrivals: about 36 eligible clients a week over the target
 * groups of {@link InstanceGenerator} (with wheelchair users and large families), plus a starting queue of 150;
 * vacancies: about 1,800 a year (34.6 a week); a dwelling without a proposal stays vacant for up to four rounds;
 * care providers with a capacity take at most 3 new clients a round; 12% of the proposals are declined (the same
 * pairs under both policies), after which the client is parked for two rounds and the dwelling comes back next
 * round. Reports, for the clients whose 90 days ended within the simulated period, the share housed within 90 days
 * overall and per target group, and the median and 90th percentile wait (a client still waiting counts with the
 * days waited so far, a lower bound).
 */
final class YearSimulation {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final double ARRIVALS_PER_WEEK = 36.0;
    private static final double VACANCIES_PER_WEEK = 1800 / 52.0;
    private static final double DECLINE_SHARE = 0.12;
    private static final int PARKED_WEEKS = 2;
    private static final int VACANT_WEEKS = 4;
    private static final int INTAKE_PER_ROUND = 3;

    private YearSimulation() {}

    static int run(MatchingCommandLine.Options options, ScoreWeights weights, PrintStream out) throws InputException {
        options.allow("--weeks", "--seed", "--weights");
        int weeks = (int) options.number("--weeks", 52);
        if (weeks < 14 || weeks > 520) {
            throw new InputException("--weeks: must be from 14 to 520");
        }
        long seed = options.number("--seed", 1);
        ScoreWeights used = override(weights, options.value("--weights"));
        Scenario scenario = new Scenario(seed, weeks);
        MatchingEngine engine = new MatchingEngine(used);
        Baselines baselines = new Baselines(used);
        Outcome optimum = simulate(scenario, engine::match);
        Outcome longest = simulate(scenario, baselines::longestWaitingFirst);
        out.printf("simulate weeks=%d seed=%d weights=%s%n", weeks, seed, used);
        out.printf(
                "arrivals %d (+%d waiting at the start), vacancies %d%n",
                scenario.arrivals(), scenario.initialQueue, scenario.vacancies());
        out.printf("%-22s %7s %20s %20s%n", "housed within 90 days", "clients", "engine", "longest waiting first");
        List<String> groups = new ArrayList<>(InstanceGenerator.GROUPS.keySet());
        groups.add(0, "all");
        groups.add("large families");
        for (String group : groups) {
            Outcome.Share a = optimum.share(group);
            Outcome.Share b = longest.share(group);
            out.printf("%-22s %7d %19.1f%% %19.1f%%%n", group, a.clients, a.percent(), b.percent());
        }
        out.printf("%-22s %7s %20d %20d%n", "median wait (days)", "", optimum.percentile(50), longest.percentile(50));
        out.printf("%-22s %7s %20d %20d%n", "p90 wait (days)", "", optimum.percentile(90), longest.percentile(90));
        out.printf("%-22s %7s %20d %20d%n", "housed in total", "", optimum.housed, longest.housed);
        return 0;
    }

    private static ScoreWeights override(ScoreWeights weights, String spec) throws InputException {
        if (spec == null) {
            return weights;
        }
        Properties properties = new Properties();
        properties.setProperty(ScoreWeights.PROPERTY_PREFIX + "waiting", Double.toString(weights.waiting()));
        properties.setProperty(ScoreWeights.PROPERTY_PREFIX + "preferences", Double.toString(weights.preferences()));
        properties.setProperty(ScoreWeights.PROPERTY_PREFIX + "contingent", Double.toString(weights.contingent()));
        properties.setProperty(ScoreWeights.PROPERTY_PREFIX + "spread", Double.toString(weights.spread()));
        properties.setProperty(ScoreWeights.PROPERTY_PREFIX + "scarcity", Double.toString(weights.scarcity()));
        for (String part : spec.split(",")) {
            String[] kv = part.split("=");
            if (kv.length != 2 || properties.getProperty(ScoreWeights.PROPERTY_PREFIX + kv[0].trim()) == null) {
                throw new InputException("--weights: " + part + " is not of the form PART=NUMBER");
            }
            properties.setProperty(ScoreWeights.PROPERTY_PREFIX + kv[0].trim(), kv[1].trim());
        }
        try {
            return ScoreWeights.fromProperties(properties);
        } catch (IllegalArgumentException e) {
            throw new InputException("--weights: " + e.getMessage());
        }
    }

    /** The arrivals and vacancies per week, the same for both policies. */
    private static final class Scenario {
        final int weeks;
        final int initialQueue = 150;
        final List<List<Client>> arrivals = new ArrayList<>();
        final List<List<Dwelling>> vacancies = new ArrayList<>();
        final long seed;

        Scenario(long seed, int weeks) {
            this.seed = seed;
            this.weeks = weeks;
            InstanceGenerator generator = new InstanceGenerator(seed);
            Random random = new Random(seed);
            int clientNumber = 0;
            int dwellingNumber = 0;
            for (int week = 0; week < weeks; week++) {
                LocalDate monday = START.plusWeeks(week);
                List<Client> clients = new ArrayList<>();
                int count = week == 0 ? initialQueue : poisson(random, ARRIVALS_PER_WEEK);
                for (int i = 0; i < count; i++) {
                    LocalDate since =
                            week == 0 ? monday.minusDays(random.nextInt(100)) : monday.minusDays(1 + random.nextInt(7));
                    clients.add(generator.client("C-" + (100000 + clientNumber++), since));
                }
                arrivals.add(clients);
                List<Dwelling> dwellings = new ArrayList<>();
                int vacant = poisson(random, VACANCIES_PER_WEEK);
                for (int i = 0; i < vacant; i++) {
                    dwellings.add(generator.dwelling("W-" + (100000 + dwellingNumber++)));
                }
                vacancies.add(dwellings);
            }
        }

        int arrivals() {
            return arrivals.stream().mapToInt(List::size).sum() - initialQueue;
        }

        int vacancies() {
            return vacancies.stream().mapToInt(List::size).sum();
        }

        boolean declines(Proposal proposal) {
            long h = (proposal.dwellingId() + "|" + proposal.clientId()).hashCode() * 0x9E3779B97F4A7C15L + seed;
            h ^= h >>> 29;
            h *= 0xBF58476D1CE4E5B9L;
            h ^= h >>> 32;
            return (h >>> 11) * 0x1.0p-53 < DECLINE_SHARE;
        }

        private static int poisson(Random random, double mean) {
            double limit = Math.exp(-mean);
            double product = random.nextDouble();
            int count = 0;
            while (product > limit) {
                product *= random.nextDouble();
                count++;
            }
            return count;
        }
    }

    /** Per client the days waited until housed, or −1. */
    private static final class Outcome {
        final Map<String, Client> clients = new LinkedHashMap<>();
        final Map<String, Long> waited = new HashMap<>();
        LocalDate end = START;
        int housed;

        record Share(int clients, int within) {
            double percent() {
                return clients == 0 ? 0 : 100.0 * within / clients;
            }
        }

        private boolean inGroup(Client client, String group) {
            return switch (group) {
                case "all" -> true;
                case "large families" -> client.minRooms() >= 4;
                default -> group.equals(client.targetGroup());
            };
        }

        Share share(String group) {
            int count = 0;
            int within = 0;
            for (Client client : clients.values()) {
                if (!client.eligibleSince().plusDays(90).isAfter(end) && inGroup(client, group)) {
                    count++;
                    Long days = waited.get(client.id());
                    if (days != null && days <= 90) {
                        within++;
                    }
                }
            }
            return new Share(count, within);
        }

        long percentile(int p) {
            List<Long> waits = new ArrayList<>();
            for (Client client : clients.values()) {
                if (!client.eligibleSince().plusDays(90).isAfter(end)) {
                    Long days = waited.get(client.id());
                    waits.add(days != null ? days : ChronoUnit.DAYS.between(client.eligibleSince(), end));
                }
            }
            if (waits.isEmpty()) {
                return 0;
            }
            waits.sort(null);
            return waits.get(Math.min(waits.size() - 1, (int) Math.ceil(p / 100.0 * waits.size()) - 1));
        }
    }

    private static Outcome simulate(Scenario scenario, Function<MatchingInstance, MatchingResult> policy) {
        Outcome outcome = new Outcome();
        Map<String, Client> queue = new LinkedHashMap<>();
        Map<String, Integer> parkedUntil = new HashMap<>();
        Map<String, Dwelling> vacant = new LinkedHashMap<>();
        Map<String, Integer> vacantSince = new HashMap<>();
        Map<String, Integer> placedPerGroup = new HashMap<>();
        Map<String, Integer> areaPlacements = new HashMap<>();
        Map<String, CareProvider> providers = new LinkedHashMap<>();
        for (int p = 0; p < InstanceGenerator.PROVIDERS.size(); p++) {
            providers.put(InstanceGenerator.PROVIDERS.get(p), new CareProvider(p % 2 == 0 ? INTAKE_PER_ROUND : null));
        }
        for (int week = 0; week < scenario.weeks; week++) {
            LocalDate date = START.plusWeeks(week);
            for (Client client : scenario.arrivals.get(week)) {
                queue.put(client.id(), client);
                outcome.clients.put(client.id(), client);
            }
            for (Dwelling dwelling : scenario.vacancies.get(week)) {
                vacant.put(dwelling.id(), dwelling);
                vacantSince.put(dwelling.id(), week);
            }
            int thisWeek = week;
            List<Client> waiting = queue.values().stream()
                    .filter(c -> parkedUntil.getOrDefault(c.id(), -1) < thisWeek)
                    .toList();
            Map<String, Contingent> contingents = new LinkedHashMap<>();
            InstanceGenerator.GROUPS.forEach((group, share) -> contingents.put(
                    group, new Contingent((int) Math.round(1800 * share), placedPerGroup.getOrDefault(group, 0))));
            MatchingInstance instance = new MatchingInstance(
                    date, new ArrayList<>(vacant.values()), waiting, providers, contingents, areaPlacements);
            MatchingResult result = policy.apply(instance);
            for (Proposal proposal : result.proposals()) {
                Client client = queue.get(proposal.clientId());
                if (scenario.declines(proposal)) {
                    parkedUntil.put(client.id(), week + PARKED_WEEKS);
                    continue;
                }
                Dwelling dwelling = vacant.remove(proposal.dwellingId());
                queue.remove(client.id());
                outcome.waited.put(client.id(), ChronoUnit.DAYS.between(client.eligibleSince(), date));
                outcome.housed++;
                placedPerGroup.merge(client.targetGroup(), 1, Integer::sum);
                areaPlacements.merge(dwelling.area(), 1, Integer::sum);
            }
            vacant.keySet().removeIf(id -> vacantSince.get(id) <= thisWeek - VACANT_WEEKS + 1);
            outcome.end = date;
        }
        return outcome;
    }
}
