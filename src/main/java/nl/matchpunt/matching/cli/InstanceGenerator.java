package nl.matchpunt.matching.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.matchpunt.matching.engine.CareProvider;
import nl.matchpunt.matching.engine.Client;
import nl.matchpunt.matching.engine.Contingent;
import nl.matchpunt.matching.engine.Dwelling;
import nl.matchpunt.matching.engine.MatchingInstance;

/**
 * Seeded random rounds of a realistic Amsterdam shape: social rent mostly €450–€900, rooms 1–5 skewed small,
 * floors 0–12, about 20% with an elevator, a few % accessible; clients of several target groups with their
 * requirement mixes (about 5% wheelchair users, some large families), seven districts plus Weesp with their areas,
 * eight care providers of which four have an intake capacity.
 */
final class InstanceGenerator {

    static final Map<String, List<String>> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("Centrum", List.of("Centrum-West", "Centrum-Oost"));
        AREAS.put("Nieuw-West", List.of("Geuzenveld-Slotermeer", "Osdorp", "De Aker, Sloten", "Slotervaart"));
        AREAS.put("Noord", List.of("Noord-West", "Oud-Noord", "Noord-Oost"));
        AREAS.put("Oost", List.of("Oud-Oost", "Indische Buurt, Oostelijk Havengebied", "Watergraafsmeer", "IJburg"));
        AREAS.put("West", List.of("Bos en Lommer", "Oud-West, De Baarsjes", "Westerpark"));
        AREAS.put("Zuid", List.of("Oud-Zuid", "Buitenveldert, Zuidas", "De Pijp, Rivierenbuurt"));
        AREAS.put("Zuidoost", List.of("Bijlmer-Centrum", "Bijlmer-Oost", "Gaasperdam"));
        AREAS.put("Weesp", List.of("Weesp, Driemond"));
    }

    static final List<String> DISTRICTS = List.copyOf(AREAS.keySet());
    /** Target groups and their share of the clients (and of the yearly plan). */
    static final Map<String, Double> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("MO", 0.30);
        GROUPS.put("BW", 0.20);
        GROUPS.put("jongeren", 0.15);
        GROUPS.put("gezinnen", 0.10);
        GROUPS.put("huiselijk-geweld", 0.10);
        GROUPS.put("medisch", 0.10);
        GROUPS.put("rolstoel", 0.05);
    }

    static final List<String> PROVIDERS =
            List.of("hvo-querido", "leger-des-heils", "arkin", "cordaan", "regenboog", "de-waag", "levvel", "timon");

    private final Random random;

    InstanceGenerator(long seed) {
        this.random = new Random(seed);
    }

    MatchingInstance instance(LocalDate referenceDate, int dwellingCount, int clientCount) {
        List<Dwelling> dwellings = new ArrayList<>();
        for (int i = 0; i < dwellingCount; i++) {
            dwellings.add(dwelling("W-" + (100000 + i)));
        }
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < clientCount; i++) {
            clients.add(client("C-" + (1000000 + i), referenceDate.minusDays(waitingDays())));
        }
        Map<String, CareProvider> providers = new LinkedHashMap<>();
        for (int p = 0; p < PROVIDERS.size(); p++) {
            Integer capacity = p % 2 == 0 ? Math.max(1, (int) Math.round(dwellingCount * 0.06)) : null;
            providers.put(PROVIDERS.get(p), new CareProvider(capacity));
        }
        return new MatchingInstance(
                referenceDate,
                dwellings,
                clients,
                providers,
                contingents(referenceDate, 1800, random),
                areaPlacements());
    }

    static Map<String, Contingent> contingents(LocalDate date, int yearly, Random random) {
        Map<String, Contingent> contingents = new LinkedHashMap<>();
        GROUPS.forEach((group, share) -> {
            int planned = (int) Math.round(yearly * share);
            double expected = planned * date.getDayOfYear() / 365.0;
            int placed = (int) Math.max(0, Math.round(expected * (0.8 + 0.4 * random.nextDouble())));
            contingents.put(group, new Contingent(planned, placed));
        });
        return contingents;
    }

    private Map<String, Integer> areaPlacements() {
        Map<String, Integer> placements = new LinkedHashMap<>();
        AREAS.values().forEach(areas -> areas.forEach(area -> placements.put(area, 5 + random.nextInt(50))));
        return placements;
    }

    private long waitingDays() {
        if (random.nextInt(50) == 0) {
            return -1 - random.nextInt(14); // eligible only after the round
        }
        return Math.min(400, (long) (-Math.log(1 - random.nextDouble()) * 60));
    }

    Dwelling dwelling(String id) {
        String district = pick(DISTRICTS);
        int rooms = weighted(new double[] {0.22, 0.36, 0.27, 0.12, 0.03}) + 1;
        double rent = 430 + rooms * 55 + random.nextGaussian() * 90;
        rent = Math.max(420, Math.min(950, rent));
        int floor = random.nextDouble() < 0.25
                ? 0
                : random.nextDouble() < 0.75 ? 1 + random.nextInt(4) : 5 + random.nextInt(8);
        boolean elevator = floor >= 5 ? random.nextDouble() < 0.75 : floor > 0 && random.nextDouble() < 0.08;
        boolean accessible = (floor == 0 || elevator) && random.nextDouble() < 0.10;
        boolean shared = floor > 0 ? random.nextDouble() < 0.85 : random.nextDouble() < 0.3;
        return new Dwelling(
                id,
                pick(List.of("ymere", "eigen-haard", "stadgenoot", "rochdale", "de-key", "de-alliantie")),
                district,
                pick(AREAS.get(district)),
                BigDecimal.valueOf(Math.round(rent * 100), 2),
                rooms,
                floor,
                elevator,
                accessible,
                shared);
    }

    Client client(String id, LocalDate eligibleSince) {
        String group = pickGroup();
        boolean family = group.equals("gezinnen") || (group.equals("huiselijk-geweld") && random.nextBoolean());
        boolean wheelchair = group.equals("rolstoel");
        boolean largeFamily = family && random.nextDouble() < 0.3;
        int minRooms =
                largeFamily ? 4 + (random.nextDouble() < 0.25 ? 1 : 0) : family ? 3 : random.nextDouble() < 0.2 ? 2 : 1;
        Integer maxRooms = !family && random.nextDouble() < 0.5 ? minRooms + 1 : null;
        double maxRent =
                family ? 880 + random.nextInt(80) : random.nextDouble() < 0.7 ? 700 : 760 + random.nextInt(140);
        boolean needsElevator = wheelchair || random.nextDouble() < 0.10;
        Integer maxFloor = !needsElevator && random.nextDouble() < 0.1 ? 4 : null;
        List<String> excluded = random.nextDouble() < 0.2 ? List.of(pick(DISTRICTS)) : List.of();
        List<String> preferred = new ArrayList<>();
        if (random.nextDouble() < 0.6) {
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                String district = pick(DISTRICTS);
                if (!preferred.contains(district) && !excluded.contains(district)) {
                    preferred.add(district);
                }
            }
        }
        String provider = group.equals("medisch") || wheelchair ? null : pick(PROVIDERS);
        return new Client(
                id,
                group,
                provider,
                eligibleSince,
                BigDecimal.valueOf(maxRent).setScale(2),
                minRooms,
                maxRooms,
                maxFloor,
                needsElevator,
                wheelchair,
                random.nextDouble() < 0.08,
                excluded,
                List.of(),
                preferred,
                provider != null && random.nextDouble() < 0.7 ? pick(DISTRICTS) : null);
    }

    private String pickGroup() {
        double x = random.nextDouble();
        for (Map.Entry<String, Double> entry : GROUPS.entrySet()) {
            x -= entry.getValue();
            if (x < 0) {
                return entry.getKey();
            }
        }
        return "MO";
    }

    private int weighted(double[] weights) {
        double x = random.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
