package nl.matchpunt.matching.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Builders for dwellings, clients and random small instances. */
final class Fixtures {

    static final LocalDate ROUND = LocalDate.of(2026, 11, 25);

    private Fixtures() {}

    static Dwelling dwelling(String id) {
        return new Dwelling(id, null, "Noord", "Noord-West", new BigDecimal("600.00"), 2, 0, false, false, false);
    }

    static Dwelling dwelling(String id, String rent, int rooms, int floor, boolean elevator) {
        return new Dwelling(
                id, null, "Noord", "Noord-West", new BigDecimal(rent), rooms, floor, elevator, false, false);
    }

    static Client client(String id) {
        return client(id, ROUND.minusDays(30), "700.00");
    }

    static Client client(String id, LocalDate eligibleSince, String maxRent) {
        return new Client(
                id,
                null,
                null,
                eligibleSince,
                new BigDecimal(maxRent),
                1,
                null,
                null,
                false,
                false,
                false,
                List.of(),
                List.of(),
                List.of(),
                null);
    }

    static MatchingInstance instance(List<Dwelling> dwellings, List<Client> clients) {
        return new MatchingInstance(ROUND, dwellings, clients, Map.of(), Map.of(), Map.of());
    }

    /**
     * A random small instance: few districts, rents and rooms so that many pairs are feasible and scores tie
     * often; optionally care providers with small intake capacities.
     */
    static MatchingInstance random(Random random, int dwellings, int clients, boolean capacities) {
        String[] districts = {"Noord", "Oost", "West"};
        List<Dwelling> ds = new ArrayList<>();
        for (int i = 0; i < dwellings; i++) {
            String district = districts[random.nextInt(districts.length)];
            ds.add(new Dwelling(
                    "W-" + i,
                    null,
                    district,
                    district + "-" + random.nextInt(2),
                    BigDecimal.valueOf(500 + 50 * random.nextInt(5)),
                    1 + random.nextInt(4),
                    random.nextInt(4),
                    random.nextInt(3) == 0,
                    random.nextInt(5) == 0,
                    random.nextBoolean()));
        }
        List<Client> cs = new ArrayList<>();
        Map<String, CareProvider> providers = new HashMap<>();
        if (capacities) {
            providers.put("p0", new CareProvider(random.nextInt(3)));
            providers.put("p1", new CareProvider(1 + random.nextInt(2)));
            providers.put("p2", new CareProvider(null));
        }
        for (int i = 0; i < clients; i++) {
            String provider = capacities ? "p" + random.nextInt(3) : (random.nextBoolean() ? "x" : null);
            cs.add(new Client(
                    "C-" + i,
                    random.nextBoolean() ? "MO" : "BW",
                    provider,
                    ROUND.minusDays(random.nextInt(4) * 30L),
                    BigDecimal.valueOf(550 + 50 * random.nextInt(5)),
                    1 + random.nextInt(3),
                    random.nextInt(3) == 0 ? 3 : null,
                    random.nextInt(4) == 0 ? 1 : null,
                    random.nextInt(4) == 0,
                    random.nextInt(8) == 0,
                    random.nextInt(5) == 0,
                    random.nextInt(5) == 0 ? List.of(districts[random.nextInt(3)]) : List.of(),
                    List.of(),
                    random.nextBoolean() ? List.of(districts[random.nextInt(3)]) : List.of(),
                    random.nextBoolean() ? districts[random.nextInt(3)] : null));
        }
        return new MatchingInstance(
                ROUND,
                ds,
                cs,
                providers,
                Map.of("MO", new Contingent(600, 480), "BW", new Contingent(300, 290)),
                Map.of("Noord-0", 12, "Oost-1", 3));
    }
}
