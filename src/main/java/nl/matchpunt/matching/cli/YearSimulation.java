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
import nl.matchpunt.matching.engine.Assignment;
import nl.matchpunt.matching.engine.Baselines;
import nl.matchpunt.matching.engine.CareProvider;
import nl.matchpunt.matching.engine.Client;
import nl.matchpunt.matching.engine.Contingent;
import nl.matchpunt.matching.engine.Dwelling;
import nl.matchpunt.matching.engine.MatchingEngine;
import nl.matchpunt.matching.engine.MatchingInstance;
import nl.matchpunt.matching.engine.MatchingResult;
import nl.matchpunt.matching.engine.Outlook;
import nl.matchpunt.matching.engine.Proposal;
import nl.matchpunt.matching.engine.ScoreWeights;

/**
 * The {@code simulate} command: a year of weekly rounds on the same seeded arrivals, vacancies and declines, under
 * each policy, measured against the <b>hindsight optimum</b> of that year. Arrivals: about 36 eligible clients a
 * week over the target groups of {@link InstanceGenerator} (with wheelchair users and large families), plus a
 * starting queue of 150; vacancies: {@code supply × 36} a week (supply 1.02 = just above demand, 0.95 = 5% short);
 * a dwelling without a proposal stays vacant for up to four rounds; care providers with a capacity take at most 3
 * new clients a round; 12% of the pairs are declined (a property of the pair, the same under every policy), after
 * which the client is parked for two rounds and the dwelling comes back next round.
 *
 * <p>The hindsight optimum is an exact maximum-weight assignment over all dwellings and clients of the year ({@link
 * Assignment}, certified): dwelling {@code d} may go to client {@code c} if the pair is feasible, not declined, and
 * {@code c} is in the queue in one of the rounds {@code d} is vacant (it is then housed in the first such round);
 * weight {@code B + 1} if that is within 90 days of eligibility (for a client whose 90 days end within the period),
 * else 1, with {@code B} more than the number of dwellings, so housed-within-90-days comes first and housed-at-all
 * second. A care provider's intake is limited to {@code 3 × weeks} over the year (a relaxation of 3 a round), so the
 * optimum is an upper bound on what any policy can reach.
 */
final class YearSimulation {

    static final LocalDate START = LocalDate.of(2026, 1, 5);
    static final double ARRIVALS_PER_WEEK = 36.0;
    static final double DECLINE_SHARE = 0.12;
    static final int PARKED_WEEKS = 2;

    /**
     * The reasons for a decline and their share of the declines: the dwelling does not meet the profile, health
     * and safety (both reasons the programme accepts), or another reason.
     */
    static final Map<String, Double> DECLINE_REASONS = Map.of("profile", 0.40, "health", 0.15, "other", 0.45);

    static final List<String> REASON_ORDER = List.of("profile", "health", "other");

    /** Weeks parked after a decline, per reason: a first decline for an accepted reason costs nothing. */
    static final Map<String, Integer> DEFAULT_PENALTY = Map.of("profile", 0, "health", 0, "other", PARKED_WEEKS);

    static final int VACANT_WEEKS = 4;
    static final int INTAKE_PER_ROUND = 3;
    static final int PROMISE_DAYS = 90;

    private YearSimulation() {}

    /** A policy for one simulated year: given the scenario, it returns the round function. */
    interface Policy {
        String name();

        MatchingResult round(MatchingInstance instance);
    }

    static int run(MatchingCommandLine.Options options, ScoreWeights weights, PrintStream out) throws InputException {
        options.allow("--weeks", "--seed", "--seeds", "--supply", "--weights", "--outlook", "--decline-penalty");
        int weeks = (int) options.number("--weeks", 52);
        if (weeks < 14 || weeks > 520) {
            throw new InputException("--weeks: must be from 14 to 520");
        }
        List<Long> seeds = new ArrayList<>();
        String seedList = options.value("--seeds");
        if (seedList != null) {
            for (String part : seedList.split(",")) {
                try {
                    seeds.add(Long.parseLong(part.trim()));
                } catch (NumberFormatException e) {
                    throw new InputException("--seeds: " + part + " is not a whole number");
                }
            }
        } else {
            seeds.add(options.number("--seed", 1));
        }
        List<Double> supplies = new ArrayList<>();
        String supplyList = options.value("--supply");
        for (String part : (supplyList == null ? "1.02,0.95" : supplyList).split(",")) {
            double supply;
            try {
                supply = Double.parseDouble(part.trim());
            } catch (NumberFormatException e) {
                throw new InputException("--supply: " + part + " is not a number");
            }
            if (!(supply >= 0.5 && supply <= 2.0)) {
                throw new InputException("--supply: must be from 0.5 to 2.0");
            }
            supplies.add(supply);
        }
        ScoreWeights used = override(weights, options.value("--weights"));
        double[] outlook = outlookParameters(options.value("--outlook"));
        Map<String, Integer> penalty = penalties(options.value("--decline-penalty"));
        out.printf(
                "simulate weeks=%d seeds=%s supply=%s weights=%s outlook=inPromise=%s,atRisk=%s,competitionDays=%s%n",
                weeks, seeds, supplies, used, outlook[0], outlook[1], outlook[2]);
        out.printf(
                "declines %.0f%% of the pairs: %s; weeks parked after a decline: %s"
                        + " (0 = a first decline for that reason costs no waiting time and no priority)%n",
                100 * DECLINE_SHARE,
                REASON_ORDER.stream()
                        .map(r -> r + " " + Math.round(100 * DECLINE_REASONS.get(r)) + "%")
                        .toList(),
                REASON_ORDER.stream().map(r -> r + "=" + penalty.get(r)).toList());
        for (double supply : supplies) {
            for (long seed : seeds) {
                Scenario scenario = new Scenario(seed, weeks, supply, penalty);
                List<Outcome> outcomes = new ArrayList<>();
                MatchingEngine engine = new MatchingEngine(used);
                Baselines baselines = new Baselines(used);
                outcomes.add(simulate(scenario, policy("engine", engine::match)));
                outcomes.add(simulate(
                        scenario,
                        policy(
                                "engine + look-ahead",
                                instance -> engine.match(instance, scenario.outlook(instance, outlook)))));
                outcomes.add(simulate(scenario, policy("longest waiting first", baselines::longestWaitingFirst)));
                Hindsight hindsight = Hindsight.solve(scenario);
                report(scenario, hindsight, outcomes, out);
            }
        }
        return 0;
    }

    private static Policy policy(String name, java.util.function.Function<MatchingInstance, MatchingResult> round) {
        return new Policy() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public MatchingResult round(MatchingInstance instance) {
                return round.apply(instance);
            }
        };
    }

    static final List<String> ROWS = rows();

    private static List<String> rows() {
        List<String> rows = new ArrayList<>(InstanceGenerator.GROUPS.keySet());
        rows.add(0, "all");
        rows.add("large families");
        return List.copyOf(rows);
    }

    private static void report(Scenario scenario, Hindsight hindsight, List<Outcome> outcomes, PrintStream out) {
        out.println();
        out.printf(
                "seed %d, supply %.2f: arrivals %d (+%d waiting at the start), vacancies %d;"
                        + " hindsight optimum %s in %d ms%n",
                scenario.seed,
                scenario.supply,
                scenario.arrivals(),
                scenario.initialQueue,
                scenario.vacancies(),
                hindsight.certified ? "certified" : "NOT CERTIFIED",
                hindsight.millis);
        StringBuilder header =
                new StringBuilder(String.format("%-17s %7s %13s", "within 90 days", "clients", "hindsight"));
        for (Outcome outcome : outcomes) {
            header.append(String.format(" | %-26s", outcome.policy));
        }
        out.println(header);
        StringBuilder sub = new StringBuilder(String.format("%-17s %7s %13s", "", "", "n  %clients"));
        for (int i = 0; i < outcomes.size(); i++) {
            sub.append(String.format(" | %-26s", "n  %hindsight  short%"));
        }
        out.println(sub);
        for (String row : ROWS) {
            int clients = scenario.counted(row);
            int best = hindsight.within(scenario, row);
            StringBuilder line = new StringBuilder(
                    String.format("%-17s %7d %5d %6.1f%%", row, clients, best, percent(best, clients)));
            for (Outcome outcome : outcomes) {
                int within = outcome.within(scenario, row);
                line.append(String.format(
                        " | %5d %7.1f%% %7.1f%%    ",
                        within, percent(within, best), percent(clients - within, clients)));
            }
            out.println(line);
        }
        StringBuilder median = new StringBuilder(String.format("%-17s %7s %13s", "median wait", "", ""));
        StringBuilder p90 = new StringBuilder(String.format("%-17s %7s %13s", "p90 wait", "", ""));
        StringBuilder housed =
                new StringBuilder(String.format("%-17s %7s %13d", "housed in total", "", hindsight.housed));
        for (Outcome outcome : outcomes) {
            median.append(String.format(" | %5d days %16s", outcome.percentile(scenario, 50), ""));
            p90.append(String.format(" | %5d days %16s", outcome.percentile(scenario, 90), ""));
            housed.append(String.format(" | %5d %20s", outcome.housed, ""));
        }
        out.println(median);
        out.println(p90);
        out.println(housed);
        for (Outcome outcome : outcomes) {
            out.println(summary(scenario, hindsight, outcome, outcomes.get(outcomes.size() - 1)));
        }
        for (Outcome outcome : outcomes) {
            int free = 0;
            int freeWithin = 0;
            for (String id : outcome.freeDeclines) {
                Client client = outcome.clients.get(id);
                if (scenario.counted(client)) {
                    free++;
                    Long days = outcome.waited.get(id);
                    if (days != null && days <= PROMISE_DAYS) {
                        freeWithin++;
                    }
                }
            }
            out.printf(
                    "  %s: declines %s; clients with a free first decline housed within 90 days: %d of %d (%.1f%%)%n",
                    outcome.policy,
                    REASON_ORDER.stream()
                            .map(r -> r + " " + outcome.declines.getOrDefault(r, 0))
                            .toList(),
                    freeWithin,
                    free,
                    percent(freeWithin, free));
        }
    }

    /** One line: the share of the hindsight optimum, the worst group and its gap, groups below the baseline. */
    static String summary(Scenario scenario, Hindsight hindsight, Outcome outcome, Outcome baseline) {
        double overall = percent(outcome.within(scenario, "all"), hindsight.within(scenario, "all"));
        String worst = null;
        double worstShare = Double.MAX_VALUE;
        List<String> below = new ArrayList<>();
        for (String row : ROWS.subList(1, ROWS.size())) {
            int best = hindsight.within(scenario, row);
            double share = percent(outcome.within(scenario, row), best);
            if (best > 0 && share < worstShare) {
                worstShare = share;
                worst = row;
            }
            if (outcome.within(scenario, row) < baseline.within(scenario, row)) {
                below.add(row);
            }
        }
        return String.format(
                "  %s: %.1f%% of the hindsight optimum; worst %s %.1f%% (%+.1f points); below %s in: %s",
                outcome.policy,
                overall,
                worst,
                worstShare,
                worstShare - overall,
                baseline.policy,
                below.isEmpty() ? "none" : String.join(", ", below));
    }

    static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    private static Map<String, Integer> penalties(String spec) throws InputException {
        Map<String, Integer> penalty = new LinkedHashMap<>(DEFAULT_PENALTY);
        if (spec == null) {
            return penalty;
        }
        for (String part : spec.split(",")) {
            String[] kv = part.split("=");
            int weeks = -1;
            if (kv.length == 2 && penalty.containsKey(kv[0].trim())) {
                try {
                    weeks = Integer.parseInt(kv[1].trim());
                } catch (NumberFormatException e) {
                    weeks = -1;
                }
            }
            if (weeks < 0 || weeks > 52) {
                throw new InputException("--decline-penalty: " + part + " is not of the form REASON=WEEKS ("
                        + REASON_ORDER + ", 0 to 52)");
            }
            penalty.put(kv[0].trim(), weeks);
        }
        return penalty;
    }

    /** {@code inPromise, atRisk, competitionDays} of {@link Outlook}, from {@code --outlook} over the defaults. */
    private static double[] outlookParameters(String spec) throws InputException {
        Outlook defaults = Outlook.of(List.of(), 1);
        double[] values = {defaults.inPromise(), defaults.atRisk(), defaults.competitionDays()};
        if (spec == null) {
            return values;
        }
        List<String> names = List.of("inPromise", "atRisk", "competitionDays");
        for (String part : spec.split(",")) {
            String[] kv = part.split("=");
            int at = kv.length == 2 ? names.indexOf(kv[0].trim()) : -1;
            double value;
            try {
                value = at < 0 ? Double.NaN : Double.parseDouble(kv[1].trim());
            } catch (NumberFormatException e) {
                value = Double.NaN;
            }
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new InputException("--outlook: " + part + " is not of the form NAME=NUMBER (" + names + ")");
            }
            values[at] = value;
        }
        if (values[2] <= 0) {
            throw new InputException("--outlook: competitionDays must be more than 0");
        }
        return values;
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

    /**
     * The arrivals and vacancies per week, the same for every policy; arrivals do not depend on the supply (clients
     * and dwellings come from separate random streams). {@code history} holds the vacancies of the year before the
     * start, for policies that estimate the supply from the past year.
     */
    static final class Scenario {
        final int weeks;
        final int initialQueue = 150;
        final double supply;
        final List<List<Client>> arrivals = new ArrayList<>();
        final List<List<Dwelling>> vacancies = new ArrayList<>();
        final List<List<Dwelling>> history = new ArrayList<>();
        final Map<String, Integer> arrivalWeek = new HashMap<>();
        final long seed;
        final LocalDate end;

        final Map<String, Integer> penalty;

        Scenario(long seed, int weeks, double supply, Map<String, Integer> penalty) {
            this.penalty = penalty;
            this.seed = seed;
            this.weeks = weeks;
            this.supply = supply;
            this.end = START.plusWeeks(weeks - 1);
            InstanceGenerator clientGenerator = new InstanceGenerator(seed);
            InstanceGenerator dwellingGenerator = new InstanceGenerator(seed * 1_000_003L + 17);
            Random clientRandom = new Random(seed);
            Random dwellingRandom = new Random(seed * 7_919L + 5);
            double perWeek = supply * ARRIVALS_PER_WEEK;
            int clientNumber = 0;
            int dwellingNumber = 0;
            for (int week = 0; week < 52; week++) {
                List<Dwelling> dwellings = new ArrayList<>();
                int vacant = poisson(dwellingRandom, perWeek);
                for (int i = 0; i < vacant; i++) {
                    dwellings.add(dwellingGenerator.dwelling("H-" + (100000 + dwellingNumber++)));
                }
                history.add(dwellings);
            }
            dwellingNumber = 0;
            for (int week = 0; week < weeks; week++) {
                LocalDate monday = START.plusWeeks(week);
                List<Client> clients = new ArrayList<>();
                int count = week == 0 ? initialQueue : poisson(clientRandom, ARRIVALS_PER_WEEK);
                for (int i = 0; i < count; i++) {
                    LocalDate since = week == 0
                            ? monday.minusDays(clientRandom.nextInt(100))
                            : monday.minusDays(1 + clientRandom.nextInt(7));
                    Client client = clientGenerator.client("C-" + (100000 + clientNumber++), since);
                    clients.add(client);
                    arrivalWeek.put(client.id(), week);
                }
                arrivals.add(clients);
                List<Dwelling> dwellings = new ArrayList<>();
                int vacant = poisson(dwellingRandom, perWeek);
                for (int i = 0; i < vacant; i++) {
                    dwellings.add(dwellingGenerator.dwelling("W-" + (100000 + dwellingNumber++)));
                }
                vacancies.add(dwellings);
            }
        }

        /** The outlook of the round on {@code instance.referenceDate()}: the vacancies of the 52 weeks before it. */
        Outlook outlook(MatchingInstance instance, double[] parameters) {
            int week = (int) (ChronoUnit.DAYS.between(START, instance.referenceDate()) / 7);
            List<Dwelling> pastYear = new ArrayList<>();
            for (int w = week - 52; w < week; w++) {
                pastYear.addAll(w < 0 ? history.get(w + 52) : vacancies.get(w));
            }
            return new Outlook(pastYear, 364, parameters[0], parameters[1], parameters[2]);
        }

        int arrivals() {
            return arrivals.stream().mapToInt(List::size).sum() - initialQueue;
        }

        int vacancies() {
            return vacancies.stream().mapToInt(List::size).sum();
        }

        /** Whether the client's 90 days ended within the simulated period (only those are counted). */
        boolean counted(Client client) {
            return !client.eligibleSince().plusDays(PROMISE_DAYS).isAfter(end);
        }

        int counted(String row) {
            int count = 0;
            for (List<Client> week : arrivals) {
                for (Client client : week) {
                    if (counted(client) && inRow(client, row)) {
                        count++;
                    }
                }
            }
            return count;
        }

        boolean declines(String dwellingId, String clientId) {
            return uniform(dwellingId, clientId, seed) < DECLINE_SHARE;
        }

        /** The reason of a decline, a property of the pair like the decline itself. */
        String reason(String dwellingId, String clientId) {
            double x = uniform(dwellingId, clientId, seed * 31 + 7);
            for (String reason : REASON_ORDER) {
                x -= DECLINE_REASONS.get(reason);
                if (x < 0) {
                    return reason;
                }
            }
            return "other";
        }

        private static double uniform(String dwellingId, String clientId, long salt) {
            long h = (dwellingId + "|" + clientId).hashCode() * 0x9E3779B97F4A7C15L + salt;
            h ^= h >>> 29;
            h *= 0xBF58476D1CE4E5B9L;
            h ^= h >>> 32;
            return (h >>> 11) * 0x1.0p-53;
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

    static boolean inRow(Client client, String row) {
        return switch (row) {
            case "all" -> true;
            case "large families" -> client.minRooms() >= 4;
            default -> row.equals(client.targetGroup());
        };
    }

    /** Per client the days waited until housed (absent when not housed). */
    static final class Outcome {
        final String policy;
        final Map<String, Client> clients = new LinkedHashMap<>();
        final Map<String, Long> waited = new HashMap<>();
        final Map<String, Integer> declines = new LinkedHashMap<>();
        final java.util.Set<String> freeDeclines = new java.util.HashSet<>();
        int housed;

        Outcome(String policy) {
            this.policy = policy;
        }

        int within(Scenario scenario, String row) {
            int within = 0;
            for (Client client : clients.values()) {
                Long days = waited.get(client.id());
                if (days != null && days <= PROMISE_DAYS && scenario.counted(client) && inRow(client, row)) {
                    within++;
                }
            }
            return within;
        }

        /** The wait of the counted clients; a client still waiting counts with the days so far (a lower bound). */
        long percentile(Scenario scenario, int p) {
            List<Long> waits = new ArrayList<>();
            for (Client client : clients.values()) {
                if (scenario.counted(client)) {
                    Long days = waited.get(client.id());
                    waits.add(days != null ? days : ChronoUnit.DAYS.between(client.eligibleSince(), scenario.end));
                }
            }
            if (waits.isEmpty()) {
                return 0;
            }
            waits.sort(null);
            return waits.get(Math.min(waits.size() - 1, (int) Math.ceil(p / 100.0 * waits.size()) - 1));
        }
    }

    static Map<String, CareProvider> providers() {
        Map<String, CareProvider> providers = new LinkedHashMap<>();
        for (int p = 0; p < InstanceGenerator.PROVIDERS.size(); p++) {
            providers.put(InstanceGenerator.PROVIDERS.get(p), new CareProvider(p % 2 == 0 ? INTAKE_PER_ROUND : null));
        }
        return providers;
    }

    static Outcome simulate(Scenario scenario, Policy policy) {
        Outcome outcome = new Outcome(policy.name());
        Map<String, Client> queue = new LinkedHashMap<>();
        Map<String, Integer> parkedUntil = new HashMap<>();
        Map<String, Dwelling> vacant = new LinkedHashMap<>();
        Map<String, Integer> vacantSince = new HashMap<>();
        Map<String, Integer> placedPerGroup = new HashMap<>();
        Map<String, Integer> areaPlacements = new HashMap<>();
        Map<String, CareProvider> providers = providers();
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
            MatchingResult result = policy.round(instance);
            for (Proposal proposal : result.proposals()) {
                Client client = queue.get(proposal.clientId());
                if (scenario.declines(proposal.dwellingId(), proposal.clientId())) {
                    String reason = scenario.reason(proposal.dwellingId(), proposal.clientId());
                    int weeks = scenario.penalty.get(reason);
                    boolean free = weeks == 0 && outcome.freeDeclines.add(client.id());
                    outcome.declines.merge(reason, 1, Integer::sum);
                    if (!free) {
                        parkedUntil.put(client.id(), week + Math.max(weeks, scenario.penalty.get("other")));
                    }
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
        }
        return outcome;
    }

    /** The hindsight optimum of a scenario (see the class comment). */
    static final class Hindsight {
        final Map<String, Long> waited = new HashMap<>();
        final Map<String, Client> clients = new LinkedHashMap<>();
        boolean certified;
        long millis;
        int housed;

        int within(Scenario scenario, String row) {
            int within = 0;
            for (Client client : clients.values()) {
                Long days = waited.get(client.id());
                if (days != null && days <= PROMISE_DAYS && scenario.counted(client) && inRow(client, row)) {
                    within++;
                }
            }
            return within;
        }

        static Hindsight solve(Scenario scenario) {
            long started = System.nanoTime();
            List<Dwelling> dwellings = new ArrayList<>();
            List<Integer> dwellingWeek = new ArrayList<>();
            for (int week = 0; week < scenario.weeks; week++) {
                for (Dwelling dwelling : scenario.vacancies.get(week)) {
                    dwellings.add(dwelling);
                    dwellingWeek.add(week);
                }
            }
            List<Client> clients = new ArrayList<>();
            scenario.arrivals.forEach(clients::addAll);
            // The reference date after every eligibility date: the time rule is applied here, per round.
            MatchingInstance all =
                    new MatchingInstance(scenario.end.plusYears(1), dwellings, clients, Map.of(), Map.of(), Map.of());
            int[][] feasible = MatchingEngine.feasibleClients(all);
            Map<String, CareProvider> providers = providers();
            Map<String, Integer> groupOf = new HashMap<>();
            List<Integer> capacities = new ArrayList<>();
            providers.forEach((name, provider) -> {
                if (provider.intakeCapacity() != null) {
                    groupOf.put(name, capacities.size());
                    capacities.add(provider.intakeCapacity() * scenario.weeks);
                }
            });
            int[] columnGroup = new int[clients.size()];
            int[] clientWeek = new int[clients.size()];
            for (int c = 0; c < clients.size(); c++) {
                Client client = clients.get(c);
                String provider = client.careProvider();
                columnGroup[c] = provider == null ? -1 : groupOf.getOrDefault(provider, -1);
                clientWeek[c] = scenario.arrivalWeek.get(client.id());
            }
            long big = dwellings.size() + 1L;
            int[][] rowColumns = new int[dwellings.size()][];
            long[][] rowWeights = new long[dwellings.size()][];
            for (int d = 0; d < dwellings.size(); d++) {
                int first = dwellingWeek.get(d);
                int last = Math.min(scenario.weeks - 1, first + VACANT_WEEKS - 1);
                int[] columns = new int[feasible[d].length];
                long[] weights = new long[feasible[d].length];
                int size = 0;
                for (int c : feasible[d]) {
                    int round = Math.max(first, clientWeek[c]);
                    Client client = clients.get(c);
                    if (round > last || scenario.declines(dwellings.get(d).id(), client.id())) {
                        continue;
                    }
                    long days = ChronoUnit.DAYS.between(client.eligibleSince(), START.plusWeeks(round));
                    columns[size] = c;
                    weights[size++] = days <= PROMISE_DAYS && scenario.counted(client) ? big + 1 : 1;
                }
                rowColumns[d] = java.util.Arrays.copyOf(columns, size);
                rowWeights[d] = java.util.Arrays.copyOf(weights, size);
            }
            int[] capacity = capacities.stream().mapToInt(Integer::intValue).toArray();
            Assignment assignment =
                    Assignment.maximumWeight(clients.size(), rowColumns, rowWeights, columnGroup, capacity);
            Hindsight hindsight = new Hindsight();
            clients.forEach(c -> hindsight.clients.put(c.id(), c));
            int[] columnOf = assignment.columnOf();
            for (int d = 0; d < dwellings.size(); d++) {
                int c = columnOf[d];
                if (c >= 0) {
                    Client client = clients.get(c);
                    int round = Math.max(dwellingWeek.get(d), clientWeek[c]);
                    hindsight.waited.put(
                            client.id(), ChronoUnit.DAYS.between(client.eligibleSince(), START.plusWeeks(round)));
                    hindsight.housed++;
                }
            }
            hindsight.certified = assignment.certified();
            hindsight.millis = (System.nanoTime() - started) / 1_000_000;
            return hindsight;
        }
    }
}
