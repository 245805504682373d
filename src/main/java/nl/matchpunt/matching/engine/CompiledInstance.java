package nl.matchpunt.matching.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * An instance in canonical order and in primitive arrays, for fast feasibility and scoring. Dwellings are sorted
 * by id; clients by eligible-since date (longest waiting first), then id. This order is the tie-break of the
 * whole engine, so the input order never matters.
 */
final class CompiledInstance {

    static final int FEASIBLE = -1;
    private static final HardRule[] RULES = HardRule.values();
    private static final int[] NONE = new int[0];

    final MatchingInstance source;
    final Dwelling[] dwellings;
    final Client[] clients;
    final int dwellingCount;
    final int clientCount;

    private final int[] rentRank;
    private final int[] rooms;
    private final int[] floor;
    private final boolean[] elevator;
    private final boolean[] accessible;
    private final boolean[] sharedEntrance;
    private final int[] district;
    private final int[] area;

    private final int[] maxRentRank;
    private final int[] minRooms;
    private final int[] maxRooms;
    private final int[] maxFloor;
    private final boolean[] needsElevator;
    private final boolean[] needsAccessible;
    private final boolean[] needsOwnEntrance;
    private final boolean[] eligible;
    private final int[][] excludedDistricts;
    private final int[][] excludedAreas;
    private final int[][] preferredDistricts;
    private final int[] careTeamDistrict;

    /** Waiting days per client (0 if not yet eligible). */
    final long[] waitingDays;

    CompiledInstance(MatchingInstance instance) {
        this.source = instance;
        this.dwellings = instance.dwellings().stream()
                .sorted(Comparator.comparing(Dwelling::id))
                .toArray(Dwelling[]::new);
        this.clients = instance.clients().stream()
                .sorted(Comparator.comparing(Client::eligibleSince).thenComparing(Client::id))
                .toArray(Client[]::new);
        this.dwellingCount = dwellings.length;
        this.clientCount = clients.length;

        TreeSet<BigDecimal> amounts = new TreeSet<>();
        for (Dwelling d : dwellings) {
            amounts.add(d.rent());
        }
        for (Client c : clients) {
            if (c.maxRent() != null) {
                amounts.add(c.maxRent());
            }
        }
        BigDecimal[] sortedAmounts = amounts.toArray(BigDecimal[]::new);
        Map<String, Integer> districts = new HashMap<>();
        Map<String, Integer> areas = new HashMap<>();

        int n = dwellingCount;
        rentRank = new int[n];
        rooms = new int[n];
        floor = new int[n];
        elevator = new boolean[n];
        accessible = new boolean[n];
        sharedEntrance = new boolean[n];
        district = new int[n];
        area = new int[n];
        for (int i = 0; i < n; i++) {
            Dwelling d = dwellings[i];
            rentRank[i] = rank(sortedAmounts, d.rent());
            rooms[i] = d.rooms();
            floor[i] = d.floor();
            elevator[i] = d.elevator();
            accessible[i] = d.accessible();
            sharedEntrance[i] = d.sharedEntrance();
            district[i] = districts.computeIfAbsent(d.district(), k -> districts.size());
            area[i] = areas.computeIfAbsent(d.area(), k -> areas.size());
        }

        int m = clientCount;
        maxRentRank = new int[m];
        minRooms = new int[m];
        maxRooms = new int[m];
        maxFloor = new int[m];
        needsElevator = new boolean[m];
        needsAccessible = new boolean[m];
        needsOwnEntrance = new boolean[m];
        eligible = new boolean[m];
        excludedDistricts = new int[m][];
        excludedAreas = new int[m][];
        preferredDistricts = new int[m][];
        careTeamDistrict = new int[m];
        waitingDays = new long[m];
        LocalDate referenceDate = instance.referenceDate();
        for (int j = 0; j < m; j++) {
            Client c = clients[j];
            maxRentRank[j] = c.maxRent() == null ? Integer.MAX_VALUE : rank(sortedAmounts, c.maxRent());
            minRooms[j] = c.minRooms();
            maxRooms[j] = c.maxRooms() == null ? Integer.MAX_VALUE : c.maxRooms();
            maxFloor[j] = c.maxFloor() == null ? Integer.MAX_VALUE : c.maxFloor();
            needsElevator[j] = c.needsElevator();
            needsAccessible[j] = c.needsAccessible();
            needsOwnEntrance[j] = c.needsOwnEntrance();
            eligible[j] = !c.eligibleSince().isAfter(referenceDate);
            excludedDistricts[j] = indices(c.excludedDistricts(), districts);
            excludedAreas[j] = indices(c.excludedAreas(), areas);
            preferredDistricts[j] = indices(c.preferredDistricts(), districts);
            String team = c.careTeamDistrict();
            Integer teamIndex = team == null ? null : districts.get(team);
            careTeamDistrict[j] = teamIndex == null ? -1 : teamIndex;
            waitingDays[j] = Math.max(0, ChronoUnit.DAYS.between(c.eligibleSince(), referenceDate));
        }
    }

    private static int rank(BigDecimal[] sorted, BigDecimal value) {
        int lo = 0;
        int hi = sorted.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int cmp = sorted[mid].compareTo(value);
            if (cmp < 0) {
                lo = mid + 1;
            } else if (cmp > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        throw new IllegalStateException("amount not ranked: " + value);
    }

    /** The indices of the names that occur among the dwellings; names no dwelling has can never match. */
    private static int[] indices(List<String> names, Map<String, Integer> known) {
        if (names.isEmpty()) {
            return NONE;
        }
        return names.stream()
                .map(known::get)
                .filter(i -> i != null)
                .mapToInt(Integer::intValue)
                .distinct()
                .sorted()
                .toArray();
    }

    /** The ordinal of the first hard rule that fails for dwelling {@code d} and client {@code c}, or FEASIBLE. */
    int firstFailedRule(int d, int c) {
        if (rentRank[d] > maxRentRank[c]) {
            return 0;
        }
        if (rooms[d] < minRooms[c]) {
            return 1;
        }
        if (rooms[d] > maxRooms[c]) {
            return 2;
        }
        if (needsElevator[c] && floor[d] != 0 && !elevator[d]) {
            return 3;
        }
        if (floor[d] > maxFloor[c]) {
            return 4;
        }
        if (needsAccessible[c] && !accessible[d]) {
            return 5;
        }
        if (needsOwnEntrance[c] && sharedEntrance[d]) {
            return 6;
        }
        if (contains(excludedDistricts[c], district[d]) || contains(excludedAreas[c], area[d])) {
            return 7;
        }
        if (!eligible[c]) {
            return 8;
        }
        return FEASIBLE;
    }

    boolean eligible(int c) {
        return eligible[c];
    }

    boolean feasible(int d, int c) {
        return firstFailedRule(d, c) == FEASIBLE;
    }

    static HardRule rule(int ordinal) {
        return RULES[ordinal];
    }

    private static boolean contains(int[] sorted, int value) {
        if (sorted.length == 0) {
            return false;
        }
        return Arrays.binarySearch(sorted, value) >= 0;
    }

    boolean preferred(int d, int c) {
        return contains(preferredDistricts[c], district[d]);
    }

    boolean careTeamMatch(int d, int c) {
        return careTeamDistrict[c] == district[d];
    }

    boolean accessibleMatch(int d, int c) {
        return accessible[d] && needsAccessible[c];
    }

    boolean largeMatch(int d, int c) {
        return rooms[d] >= 4 && minRooms[c] >= 4;
    }

    boolean stepFreeMatch(int d, int c) {
        return needsElevator[c] && (floor[d] == 0 || elevator[d]);
    }

    int walkUpFloors(int d) {
        return elevator[d] ? 0 : floor[d];
    }

    /**
     * Counts the feasible pairs per dwelling and per client, in parallel over the dwellings.
     *
     * @return {@code [perDwelling, perClient]}
     */
    int[][] feasibleCounts() {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), dwellingCount));
        int[] perDwelling = new int[dwellingCount];
        List<int[]> perClientParts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            perClientParts.add(new int[clientCount]);
        }
        IntStream.range(0, threads).parallel().forEach(t -> {
            int[] perClient = perClientParts.get(t);
            for (int d = t; d < dwellingCount; d += threads) {
                int count = 0;
                for (int c = 0; c < clientCount; c++) {
                    if (firstFailedRule(d, c) == FEASIBLE) {
                        count++;
                        perClient[c]++;
                    }
                }
                perDwelling[d] = count;
            }
        });
        int[] perClient = new int[clientCount];
        for (int[] part : perClientParts) {
            for (int c = 0; c < clientCount; c++) {
                perClient[c] += part[c];
            }
        }
        return new int[][] {perDwelling, perClient};
    }
}
