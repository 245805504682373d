package nl.matchpunt.matching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MatchingCommandLineTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String ROUND = """
            {
              "referenceDate": "2026-11-25",
              "dwellings": [
                {"id": "W-1001", "corporation": "ymere", "district": "Noord", "area": "Noord-West",
                 "rent": 612.50, "rooms": 2, "floor": 3, "elevator": false, "accessible": false,
                 "sharedEntrance": true},
                {"id": "W-1002", "district": "Zuid", "area": "Oud-Zuid", "rent": 900, "rooms": 1, "floor": 0}
              ],
              "clients": [
                {"id": "C-2001", "targetGroup": "MO", "careProvider": "hvo-querido",
                 "eligibleSince": "2026-08-30", "maxRent": 650.00, "minRooms": 1, "maxRooms": null,
                 "maxFloor": null, "needsElevator": false, "needsAccessible": false,
                 "needsOwnEntrance": false, "excludedDistricts": ["Centrum"], "excludedAreas": [],
                 "preferredDistricts": ["Noord", "Oost"], "careTeamDistrict": "Noord"}
              ],
              "careProviders": {"hvo-querido": {"intakeCapacity": 5}},
              "contingents": {"MO": {"plannedYear": 600, "placedYearToDate": 480}},
              "areaPlacementsLast12Months": {"Noord-West": 12}
            }
            """;

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {}

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = MatchingCommandLine.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String file(String content) throws IOException {
        Path path = Files.createTempFile(dir, "round", ".json");
        Files.writeString(path, content);
        return path.toString();
    }

    @Test
    void matchPrintsProposalsUnmatchedDwellingsAndObjective() throws IOException {
        Run run = run("match", "--input", file(ROUND));
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode result = JSON.readTree(run.out());
        assertThat(result.propertyNames())
                .containsExactly("proposals", "unmatchedDwellings", "objective", "solveMillis");
        JsonNode proposal = result.get("proposals").get(0);
        assertThat(proposal.get("dwelling").stringValue()).isEqualTo("W-1001");
        assertThat(proposal.get("client").stringValue()).isEqualTo("C-2001");
        assertThat(proposal.get("breakdown").propertyNames())
                .containsExactly("waiting", "preferences", "contingent", "spread", "scarcity");
        double sum = 0;
        for (String part : proposal.get("breakdown").propertyNames()) {
            sum += proposal.get("breakdown").get(part).doubleValue();
        }
        assertThat(sum).isCloseTo(proposal.get("score").doubleValue(), org.assertj.core.data.Offset.offset(0.001));
        assertThat(result.get("unmatchedDwellings").get(0).get("dwelling").stringValue())
                .isEqualTo("W-1002");
        assertThat(result.get("unmatchedDwellings").get(0).get("reason").stringValue())
                .isEqualTo("no feasible client");
        assertThat(result.get("objective").get("proposals").intValue()).isEqualTo(1);
        assertThat(result.get("objective").get("totalScore").doubleValue())
                .isEqualTo(proposal.get("score").doubleValue());
    }

    @Test
    void outputOptionWritesTheFile() throws IOException {
        Path output = dir.resolve("result.json");
        Run run = run("match", "--input", file(ROUND), "--output", output.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(JSON.readTree(Files.readString(output))
                        .get("objective")
                        .get("proposals")
                        .intValue())
                .isEqualTo(1);
    }

    @Test
    void nothingToMatchStillExitsZero() throws IOException {
        Run run = run(
                "match", "--input", file("{\"referenceDate\": \"2026-11-25\", \"dwellings\": [], \"clients\": []}"));
        assertThat(run.status()).isZero();
        assertThat(JSON.readTree(run.out()).get("objective").get("proposals").intValue())
                .isZero();
    }

    @Test
    void allScoresListsEveryFeasiblePairAndNoOther() throws IOException {
        java.util.Random random = new java.util.Random(5);
        for (int round = 0; round < 10; round++) {
            String json = randomRound(random);
            Run run = run("match", "--input", file(json), "--all-scores");
            assertThat(run.status()).isZero();
            Set<String> listed = new HashSet<>();
            for (JsonNode pair : JSON.readTree(run.out()).get("scores")) {
                assertThat(listed.add(pair.get("dwelling").stringValue() + "|"
                                + pair.get("client").stringValue()))
                        .isTrue();
            }
            assertThat(listed).isEqualTo(feasiblePairs(JSON.readTree(json))).isNotEmpty();
            for (JsonNode proposal : JSON.readTree(run.out()).get("proposals")) {
                assertThat(listed)
                        .contains(proposal.get("dwelling").stringValue() + "|"
                                + proposal.get("client").stringValue());
            }
        }
    }

    /** The table of MATCHING.md, written again from the JSON, independent of the engine. */
    private static Set<String> feasiblePairs(JsonNode round) {
        LocalDate date = LocalDate.parse(round.get("referenceDate").stringValue());
        Set<String> pairs = new HashSet<>();
        for (JsonNode d : round.get("dwellings")) {
            for (JsonNode c : round.get("clients")) {
                boolean ok = (isAbsent(c, "maxRent")
                                || d.get("rent")
                                                .decimalValue()
                                                .compareTo(c.get("maxRent").decimalValue())
                                        <= 0)
                        && d.get("rooms").intValue() >= c.get("minRooms").intValue()
                        && (isAbsent(c, "maxRooms")
                                || d.get("rooms").intValue()
                                        <= c.get("maxRooms").intValue())
                        && (!c.get("needsElevator").booleanValue()
                                || d.get("floor").intValue() == 0
                                || d.get("elevator").booleanValue())
                        && (isAbsent(c, "maxFloor")
                                || d.get("floor").intValue()
                                        <= c.get("maxFloor").intValue())
                        && (!c.get("needsAccessible").booleanValue()
                                || d.get("accessible").booleanValue())
                        && (!c.get("needsOwnEntrance").booleanValue()
                                || !d.get("sharedEntrance").booleanValue())
                        && !texts(c.get("excludedDistricts"))
                                .contains(d.get("district").stringValue())
                        && !texts(c.get("excludedAreas")).contains(d.get("area").stringValue())
                        && !LocalDate.parse(c.get("eligibleSince").stringValue())
                                .isAfter(date);
                if (ok) {
                    pairs.add(d.get("id").stringValue() + "|" + c.get("id").stringValue());
                }
            }
        }
        return pairs;
    }

    private static boolean isAbsent(JsonNode node, String name) {
        return node.get(name) == null || node.get(name).isNull();
    }

    private static List<String> texts(JsonNode list) {
        List<String> result = new ArrayList<>();
        list.forEach(item -> result.add(item.stringValue()));
        return result;
    }

    private static String randomRound(java.util.Random random) {
        String[] districts = {"Noord", "Oost", "West"};
        StringBuilder json = new StringBuilder("{\"referenceDate\": \"2026-11-25\", \"dwellings\": [");
        for (int i = 0; i < 6; i++) {
            String district = districts[random.nextInt(3)];
            json.append(i == 0 ? "" : ",")
                    .append(String.format(
                            "{\"id\": \"W-%d\", \"district\": \"%s\", \"area\": \"%s-%d\", \"rent\": %d.%02d,"
                                    + " \"rooms\": %d, \"floor\": %d, \"elevator\": %b, \"accessible\": %b,"
                                    + " \"sharedEntrance\": %b}",
                            i,
                            district,
                            district,
                            random.nextInt(2),
                            500 + 50 * random.nextInt(4),
                            random.nextInt(2) * 50,
                            1 + random.nextInt(4),
                            random.nextInt(3),
                            random.nextBoolean(),
                            random.nextInt(4) == 0,
                            random.nextBoolean()));
        }
        json.append("], \"clients\": [");
        for (int i = 0; i < 12; i++) {
            json.append(i == 0 ? "" : ",")
                    .append(String.format(
                            "{\"id\": \"C-%d\", \"eligibleSince\": \"%s\", \"maxRent\": %s, \"minRooms\": %d,"
                                    + " \"maxRooms\": %s, \"maxFloor\": %s, \"needsElevator\": %b,"
                                    + " \"needsAccessible\": %b, \"needsOwnEntrance\": %b,"
                                    + " \"excludedDistricts\": [%s], \"excludedAreas\": [%s]}",
                            i,
                            LocalDate.of(2026, 11, 25).minusDays(random.nextInt(120) - 5),
                            random.nextInt(6) == 0 ? "null" : Integer.toString(500 + 50 * random.nextInt(5)),
                            1 + random.nextInt(3),
                            random.nextBoolean() ? "null" : "3",
                            random.nextBoolean() ? "null" : "1",
                            random.nextInt(3) == 0,
                            random.nextInt(6) == 0,
                            random.nextInt(4) == 0,
                            random.nextInt(4) == 0 ? "\"" + districts[random.nextInt(3)] + "\"" : "",
                            random.nextInt(5) == 0 ? "\"Oost-1\"" : ""));
        }
        return json.append("]}").toString();
    }

    @Test
    void explainPrintsTheDutchWhyNotForAClientAndForADwelling() throws IOException {
        String input = file(ROUND);
        Run client = run("match", "--input", input, "--explain", "C-2001");
        assertThat(client.status()).isZero();
        assertThat(client.out())
                .contains("Cliënt C-2001: 1 passende woning(en): W-1001.")
                .contains("Voorgedragen voor woning W-1001.")
                .contains("woning W-1002: huur hoger dan maximale huur van de cliënt");
        Run dwelling = run("match", "--input", input, "--explain-dwelling", "W-1002");
        assertThat(dwelling.status()).isZero();
        assertThat(dwelling.out())
                .contains("Woning W-1002: 0 van de 1 cliënten passen.")
                .contains("Meeste cliënten vielen af op: huur hoger dan maximale huur van de cliënt (1).");
        Run unknown = run("match", "--input", input, "--explain", "C-9");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("--explain: unknown client C-9" + System.lineSeparator());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "clients": [{"id": "C-1", "eligibleSince": "2026-08-30", "maxRent": -1, "minRooms": 1}] | clients[0].maxRent: must not be negative
            "clients": [{"id": "C-1", "eligibleSince": "2026-08-30", "maxRent": 1e400, "minRooms": 1}] | clients[0].maxRent: out of range (0 to 1000000000)
            "clients": [{"id": "C-1", "eligibleSince": "2026-08-30", "maxRent": 600, "minRooms": 1e400}] | clients[0].minRooms: out of range (0 to 1000000000)
            "clients": [{"id": "C-1", "eligibleSince": "2026-08-30", "maxRent": 600, "maxFloor": 99999999999999999999}] | clients[0].maxFloor: out of range (0 to 1000000000)
            "clients": [{"id": "C-1", "eligibleSince": "1899-12-31"}]                               | clients[0].eligibleSince: out of range (1900-01-01 to 2100-12-31)
            "clients": [{"id": "C-1", "eligibleSince": "+10000-01-01"}]                             | clients[0].eligibleSince: out of range (1900-01-01 to 2100-12-31)
            "clients": [], "contingents": {"MO": {"plannedYear": 1e400, "placedYearToDate": 0}}   | contingents.MO.plannedYear: out of range (0 to 1000000000)
            "clients": [], "careProviders": {"hvo": {"intakeCapacity": 2e9}}                       | careProviders.hvo.intakeCapacity: out of range (0 to 1000000000)
            "clients": [{"id": "C-1", "maxRent": 600, "minRooms": 1}]                              | clients[0].eligibleSince: is required
            "clients": [{"id": "C-1", "eligibleSince": "30-08-2026", "maxRent": 600, "minRooms": 1}] | clients[0].eligibleSince: must be a date (YYYY-MM-DD)
            "clients": [{"eligibleSince": "2026-08-30", "maxRent": 600, "minRooms": 1}]            | clients[0].id: is required
            "clients": [{"id": "C-1", "eligibleSince": "2026-08-30", "maxRent": 600, "minRooms": 1.5}] | clients[0].minRooms: must be a whole number
            "clients": [{"id": "C-1", "eligibleSince": "2026-08-30", "maxRent": "600", "minRooms": 1}] | clients[0].maxRent: must be a number
            "clients": [{"id": "C-1", "eligibleSince": "2026-08-30", "maxRent": 600, "minRooms": 2, "maxRooms": 1}] | clients[0].maxRooms: must not be less than minRooms
            "clients": [{"id": "C-1", "eligibleSince": "2026-08-30", "maxRent": 600, "minRooms": 1}, {"id": "C-1", "eligibleSince": "2026-08-30", "maxRent": 600, "minRooms": 1}] | clients[1].id: duplicate id C-1
            "clients": [{"id": "C-1", "careProvider": "x", "eligibleSince": "2026-08-30", "maxRent": 600, "minRooms": 1}], "careProviders": {"hvo": {"intakeCapacity": 2}} | clients[0].careProvider: unknown care provider x
            "clients": [], "careProviders": {"hvo": {"intakeCapacity": -2}}                       | careProviders.hvo.intakeCapacity: must not be negative
            "clients": [], "contingents": {"MO": {"plannedYear": 600}}                             | contingents.MO.placedYearToDate: is required
            "clients": [], "areaPlacementsLast12Months": {"Noord-West": -3}                        | areaPlacementsLast12Months.Noord-West: must not be negative
            "clients": [{"id": "C-1", "eligibleSince": "2026-08-30", "maxRent": 600, "minRooms": 1, "needsElevator": "yes"}] | clients[0].needsElevator: must be true or false
            """)
    void badClientsAndContextEndWithStatusTwoAndOneLineNamingThePlace(String tail, String message) throws IOException {
        assertBad("{\"referenceDate\": \"2026-11-25\", \"dwellings\": [], " + tail + "}", message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            {"id": "W-1", "district": "Noord", "area": "N", "rent": 600, "rooms": 2}              | dwellings[0].floor: is required
            {"id": "W-1", "district": "Noord", "area": "N", "rent": 600, "rooms": -2, "floor": 0} | dwellings[0].rooms: must not be negative
            {"id": "W-1", "district": "Noord", "area": "N", "rooms": 2, "floor": 0}              | dwellings[0].rent: is required
            {"id": "W-1", "area": "N", "rent": 600, "rooms": 2, "floor": 0}                      | dwellings[0].district: is required
            {"id": "", "district": "Noord", "area": "N", "rent": 600, "rooms": 2, "floor": 0}    | dwellings[0].id: must be a non-empty text
            {"id": "W-1", "district": "Noord", "area": "N", "rent": 1e400, "rooms": 2, "floor": 0} | dwellings[0].rent: out of range (0 to 1000000000)
            {"id": "W-1", "district": "Noord", "area": "N", "rent": -1e400, "rooms": 2, "floor": 0} | dwellings[0].rent: out of range (0 to 1000000000)
            {"id": "W-1", "district": "Noord", "area": "N", "rent": 1e999999999999, "rooms": 2, "floor": 0} | dwellings[0].rent: out of range (0 to 1000000000)
            {"id": "W-1", "district": "Noord", "area": "N", "rent": 600, "rooms": 2, "floor": 1e400} | dwellings[0].floor: out of range (0 to 1000000000)
            """)
    void badDwellingsEndWithStatusTwoAndOneLineNamingThePlace(String dwelling, String message) throws IOException {
        assertBad("{\"referenceDate\": \"2026-11-25\", \"clients\": [], \"dwellings\": [" + dwelling + "]}", message);
    }

    @Test
    void duplicateDwellingIdIsNamed() throws IOException {
        String dwelling = "{\"id\": \"W-1\", \"district\": \"Noord\", \"area\": \"N\", \"rent\": 600, \"rooms\": 2,"
                + " \"floor\": 0}";
        assertBad(
                "{\"referenceDate\": \"2026-11-25\", \"clients\": [], \"dwellings\": [" + dwelling + ", " + dwelling
                        + "]}",
                "dwellings[1].id: duplicate id W-1");
    }

    @Test
    void missingReferenceDateAndListsAreNamed() throws IOException {
        assertBad("{\"dwellings\": [], \"clients\": []}", "referenceDate: is required");
        assertBad("{\"referenceDate\": \"2026-11-25\", \"clients\": []}", "dwellings: is required");
        assertBad(
                "{\"referenceDate\": \"2026-11-25\", \"dwellings\": {}, \"clients\": []}", "dwellings: must be a list");
    }

    @Test
    void referenceDateOutsideTheCenturiesIsNamed() throws IOException {
        assertBad(
                "{\"referenceDate\": \"2101-01-01\", \"dwellings\": [], \"clients\": []}",
                "referenceDate: out of range (1900-01-01 to 2100-12-31)");
        assertBad(
                "{\"referenceDate\": \"1899-12-31\", \"dwellings\": [], \"clients\": []}",
                "referenceDate: out of range (1900-01-01 to 2100-12-31)");
    }

    @Test
    void notANumberIsMalformedJsonWithStatusTwoNotAnInternalError() throws IOException {
        for (String number : List.of("NaN", "Infinity", "-Infinity")) {
            String input = file("{\"referenceDate\": \"2026-11-25\", \"clients\": [], \"dwellings\": [{\"id\": \"W-1\","
                    + " \"district\": \"Noord\", \"area\": \"N\", \"rent\": " + number
                    + ", \"rooms\": 2, \"floor\": 0}]}");
            Run run = run("match", "--input", input);
            assertThat(run.status()).as(number).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).as(number).startsWith(input + ":1:").doesNotContain("internal error");
            assertThat(run.err().lines()).hasSize(1);
        }
    }

    @Test
    void absentOrNullLimitsMeanNoLimit() throws IOException {
        String dwellings =
                "\"dwellings\": [{\"id\": \"W-1\", \"district\": \"Noord\", \"area\": \"N\", \"rent\": 1999.99,"
                        + " \"rooms\": 6, \"floor\": 14}]";
        for (String client : List.of(
                "{\"id\": \"C-1\", \"eligibleSince\": \"2026-08-30\"}",
                "{\"id\": \"C-1\", \"eligibleSince\": \"2026-08-30\", \"maxRent\": null, \"minRooms\": null,"
                        + " \"maxRooms\": null, \"maxFloor\": null}")) {
            Run run = run(
                    "match",
                    "--input",
                    file("{\"referenceDate\": \"2026-11-25\", " + dwellings + ", \"clients\": [" + client + "]}"));
            assertThat(run.status()).as(client).isZero();
            JsonNode proposal = JSON.readTree(run.out()).get("proposals").get(0);
            assertThat(proposal.get("client").stringValue()).isEqualTo("C-1");
        }
        Run limited = run(
                "match",
                "--input",
                file(
                        "{\"referenceDate\": \"2026-11-25\", " + dwellings
                                + ", \"clients\": [{\"id\": \"C-1\", \"eligibleSince\": \"2026-08-30\", \"maxRent\": 1999.98}]}"));
        assertThat(JSON.readTree(limited.out()).get("proposals")).isEmpty();
    }

    @Test
    void simulateMeasuresEveryPolicyAgainstTheCertifiedHindsightOptimum() {
        Run run = run("simulate", "--weeks", "14", "--seeds", "3,4", "--supply", "1.02,0.95");
        assertThat(run.status()).as(run.err()).isZero();
        List<String> scenarios =
                run.out().lines().filter(l -> l.startsWith("seed ")).toList();
        assertThat(scenarios).hasSize(4).allMatch(l -> l.contains("hindsight optimum certified"));
        assertThat(scenarios.get(0)).startsWith("seed 3, supply 1.02");
        assertThat(scenarios.get(3)).startsWith("seed 4, supply 0.95");
        // The hindsight optimum is an upper bound: no policy houses more clients within 90 days overall.
        List<String> overall =
                run.out().lines().filter(l -> l.startsWith("all ")).toList();
        assertThat(overall).hasSize(4);
        for (String line : overall) {
            String[] columns = line.split("\\|");
            int best = Integer.parseInt(columns[0].trim().split("\\s+")[2]);
            for (int i = 1; i < columns.length; i++) {
                int within = Integer.parseInt(columns[i].trim().split("\\s+")[0]);
                assertThat(within).as(line).isLessThanOrEqualTo(best).isPositive();
            }
        }
        assertThat(run.out())
                .contains("rolstoel", "large families", "of the hindsight optimum", "short%")
                .contains("| engine + look-ahead", "| longest waiting first")
                .contains("weeks parked after a decline: [profile=0, health=0, other=2]");
        assertThat(run.out().lines().filter(l -> l.contains("with a free first decline housed within 90 days")))
                .hasSize(12)
                .noneMatch(l -> l.contains(": 0 of 0"));
        // Every decline punished alike: nobody has a free first decline.
        Run punished = run(
                "simulate",
                "--weeks",
                "14",
                "--seeds",
                "5",
                "--supply",
                "1.0",
                "--decline-penalty",
                "profile=2,health=2,other=2");
        assertThat(punished.out().lines().filter(l -> l.contains("with a free first decline")))
                .hasSize(3)
                .allMatch(l -> l.contains(": 0 of 0"));
        assertThat(run("simulate", "--decline-penalty", "mood=0").err())
                .startsWith("--decline-penalty: mood=0 is not of the form REASON=WEEKS");
        assertThat(run("simulate", "--supply", "0.1").err())
                .isEqualTo("--supply: must be from 0.5 to 2.0" + System.lineSeparator());
    }

    @Test
    void malformedJsonNamesFileLineAndColumn() throws IOException {
        String input = file("{\n  \"referenceDate\": \"2026-11-25\",\n  \"dwellings\": [,]\n}");
        Run run = run("match", "--input", input);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(input + ":3:17: malformed JSON: ");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void usageErrorsEndWithStatusTwo() throws IOException {
        assertThat(run("match").err()).startsWith("--input: is required");
        assertThat(run("match", "--input").err()).isEqualTo("--input: needs a value" + System.lineSeparator());
        assertThat(run("match", "--input", dir.resolve("none.json").toString()).err())
                .isEqualTo(dir.resolve("none.json") + ": cannot be read" + System.lineSeparator());
        assertThat(run("match", "--input", file(ROUND), "--fast").status()).isEqualTo(2);
        assertThat(run("bench", "--sizes", "60by3000").err())
                .isEqualTo("--sizes: 60by3000 is not of the form DWELLINGSxCLIENTS" + System.lineSeparator());
    }

    private void assertBad(String json, String message) throws IOException {
        Run run = run("match", "--input", file(json));
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(message + System.lineSeparator());
    }
}
