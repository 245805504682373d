package nl.matchpunt.matching.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.matchpunt.matching.engine.CareProvider;
import nl.matchpunt.matching.engine.Client;
import nl.matchpunt.matching.engine.Contingent;
import nl.matchpunt.matching.engine.Dwelling;
import nl.matchpunt.matching.engine.MatchingInstance;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and checks a round's instance file (the JSON of MATCHING.md). Every problem becomes an {@link
 * InputException} whose message names the place, e.g. {@code clients[3].maxRent: must not be negative}.
 *
 * <p>Required: {@code referenceDate}, the lists {@code dwellings} and {@code clients} (may be empty); per dwelling
 * {@code id, district, area, rent, rooms, floor}; per client {@code id, eligibleSince}. Every other field may be
 * {@code null} or absent, meaning no limit (a client's {@code maxRent, minRooms, maxRooms, maxFloor}), {@code false}
 * (flags) or none (lists). Numbers must be from 0 to 1,000,000,000 (an exponent such as {@code 1e400} is out of
 * range, not infinity), counts whole; dates from 1900-01-01 to 2100-12-31.
 * Unknown references: a client's {@code careProvider} must be a key of {@code careProviders} when that map is not
 * empty (an empty or absent map means the round sets no intake capacities). A {@code targetGroup} without a
 * contingent is allowed: not every target group counts towards the yearly plan.
 */
final class InstanceReader {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** The largest amount (euros) and whole number accepted; beyond it a number is out of range. */
    static final BigDecimal LARGEST = BigDecimal.valueOf(1_000_000_000);

    /** Dates before or after these are out of range. */
    static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);

    static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);

    private InstanceReader() {}

    static MatchingInstance read(String json, String sourceName) throws InputException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            String message = firstLine(e.getOriginalMessage());
            if (location == null || location.getLineNr() < 0) {
                throw new InputException(sourceName + ": malformed JSON: " + message);
            }
            throw new InputException(sourceName + ":" + location.getLineNr() + ":" + location.getColumnNr()
                    + ": malformed JSON: " + message);
        }
        if (root == null || !root.isObject()) {
            throw new InputException(sourceName + ": must be a JSON object");
        }
        LocalDate referenceDate = date(root, "referenceDate", "referenceDate");
        Map<String, CareProvider> careProviders = careProviders(root.get("careProviders"));
        List<Dwelling> dwellings = new ArrayList<>();
        Set<String> dwellingIds = new HashSet<>();
        int i = 0;
        for (JsonNode node : list(root, "dwellings")) {
            String at = "dwellings[" + i++ + "]";
            object(node, at);
            Dwelling dwelling = dwelling(node, at);
            if (!dwellingIds.add(dwelling.id())) {
                throw new InputException(at + ".id: duplicate id " + dwelling.id());
            }
            dwellings.add(dwelling);
        }
        List<Client> clients = new ArrayList<>();
        Set<String> clientIds = new HashSet<>();
        i = 0;
        for (JsonNode node : list(root, "clients")) {
            String at = "clients[" + i++ + "]";
            object(node, at);
            Client client = client(node, at);
            if (!clientIds.add(client.id())) {
                throw new InputException(at + ".id: duplicate id " + client.id());
            }
            if (client.careProvider() != null
                    && !careProviders.isEmpty()
                    && !careProviders.containsKey(client.careProvider())) {
                throw new InputException(at + ".careProvider: unknown care provider " + client.careProvider());
            }
            clients.add(client);
        }
        return new MatchingInstance(
                referenceDate,
                dwellings,
                clients,
                careProviders,
                contingents(root.get("contingents")),
                areaPlacements(root.get("areaPlacementsLast12Months")));
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static Dwelling dwelling(JsonNode node, String at) throws InputException {
        return new Dwelling(
                string(node, "id", at),
                optionalString(node, "corporation", at),
                string(node, "district", at),
                string(node, "area", at),
                amount(node, "rent", at),
                count(node, "rooms", at),
                count(node, "floor", at),
                flag(node, "elevator", at),
                flag(node, "accessible", at),
                flag(node, "sharedEntrance", at));
    }

    private static Client client(JsonNode node, String at) throws InputException {
        Integer minimum = optionalCount(node, "minRooms", at);
        int minRooms = minimum == null ? 0 : minimum;
        Integer maxRooms = optionalCount(node, "maxRooms", at);
        if (maxRooms != null && maxRooms < minRooms) {
            throw new InputException(at + ".maxRooms: must not be less than minRooms");
        }
        return new Client(
                string(node, "id", at),
                optionalString(node, "targetGroup", at),
                optionalString(node, "careProvider", at),
                date(node, "eligibleSince", at + ".eligibleSince"),
                optionalAmount(node, "maxRent", at),
                minRooms,
                maxRooms,
                optionalCount(node, "maxFloor", at),
                flag(node, "needsElevator", at),
                flag(node, "needsAccessible", at),
                flag(node, "needsOwnEntrance", at),
                strings(node, "excludedDistricts", at),
                strings(node, "excludedAreas", at),
                strings(node, "preferredDistricts", at),
                optionalString(node, "careTeamDistrict", at));
    }

    private static Map<String, CareProvider> careProviders(@Nullable JsonNode node) throws InputException {
        Map<String, CareProvider> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : entries(node, "careProviders")) {
            String at = "careProviders." + entry.getKey();
            JsonNode value = entry.getValue();
            if (value.isNull()) {
                result.put(entry.getKey(), new CareProvider(null));
                continue;
            }
            object(value, at);
            result.put(entry.getKey(), new CareProvider(optionalCount(value, "intakeCapacity", at)));
        }
        return result;
    }

    private static Map<String, Contingent> contingents(@Nullable JsonNode node) throws InputException {
        Map<String, Contingent> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : entries(node, "contingents")) {
            String at = "contingents." + entry.getKey();
            object(entry.getValue(), at);
            result.put(
                    entry.getKey(),
                    new Contingent(
                            count(entry.getValue(), "plannedYear", at),
                            count(entry.getValue(), "placedYearToDate", at)));
        }
        return result;
    }

    private static Map<String, Integer> areaPlacements(@Nullable JsonNode node) throws InputException {
        Map<String, Integer> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : entries(node, "areaPlacementsLast12Months")) {
            String at = "areaPlacementsLast12Months." + entry.getKey();
            result.put(entry.getKey(), wholeNumber(entry.getValue(), at));
        }
        return result;
    }

    private static List<Map.Entry<String, JsonNode>> entries(@Nullable JsonNode node, String at) throws InputException {
        if (node == null || node.isNull()) {
            return List.of();
        }
        object(node, at);
        return new ArrayList<>(node.properties());
    }

    private static void object(JsonNode node, String at) throws InputException {
        if (!node.isObject()) {
            throw new InputException(at + ": must be an object");
        }
    }

    private static Iterable<JsonNode> list(JsonNode root, String name) throws InputException {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            throw new InputException(name + ": is required");
        }
        if (!node.isArray()) {
            throw new InputException(name + ": must be a list");
        }
        return node;
    }

    private static @Nullable JsonNode present(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private static JsonNode required(JsonNode node, String name, String at) throws InputException {
        JsonNode value = present(node, name);
        if (value == null) {
            throw new InputException(at + "." + name + ": is required");
        }
        return value;
    }

    private static String string(JsonNode node, String name, String at) throws InputException {
        JsonNode value = required(node, name, at);
        if (!value.isString() || value.stringValue().isBlank()) {
            throw new InputException(at + "." + name + ": must be a non-empty text");
        }
        return value.stringValue();
    }

    private static @Nullable String optionalString(JsonNode node, String name, String at) throws InputException {
        return present(node, name) == null ? null : string(node, name, at);
    }

    private static List<String> strings(JsonNode node, String name, String at) throws InputException {
        JsonNode value = present(node, name);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new InputException(at + "." + name + ": must be a list of texts");
        }
        List<String> result = new ArrayList<>();
        int i = 0;
        for (JsonNode item : value) {
            if (!item.isString()) {
                throw new InputException(at + "." + name + "[" + i + "]: must be a text");
            }
            result.add(item.stringValue());
            i++;
        }
        return result;
    }

    private static BigDecimal amount(JsonNode node, String name, String at) throws InputException {
        JsonNode value = required(node, name, at);
        if (!value.isNumber()) {
            throw new InputException(at + "." + name + ": must be a number");
        }
        BigDecimal amount = decimal(value, at + "." + name);
        if (amount.signum() < 0) {
            throw new InputException(at + "." + name + ": must not be negative");
        }
        if (amount.compareTo(LARGEST) > 0) {
            throw new InputException(at + "." + name + ": out of range (0 to " + LARGEST.toPlainString() + ")");
        }
        return amount;
    }

    /** The exact value of a JSON number; one beyond a double's range (such as {@code 1e400}) is out of range. */
    private static BigDecimal decimal(JsonNode value, String at) throws InputException {
        if (value.isFloatingPointNumber() && !value.isBigDecimal() && !Double.isFinite(value.doubleValue())) {
            throw new InputException(at + ": out of range (0 to " + LARGEST.toPlainString() + ")");
        }
        return value.decimalValue();
    }

    private static @Nullable BigDecimal optionalAmount(JsonNode node, String name, String at) throws InputException {
        return present(node, name) == null ? null : amount(node, name, at);
    }

    private static int count(JsonNode node, String name, String at) throws InputException {
        return wholeNumber(required(node, name, at), at + "." + name);
    }

    private static @Nullable Integer optionalCount(JsonNode node, String name, String at) throws InputException {
        JsonNode value = present(node, name);
        return value == null ? null : wholeNumber(value, at + "." + name);
    }

    private static int wholeNumber(JsonNode value, String at) throws InputException {
        if (!value.isNumber()) {
            throw new InputException(at + ": must be a number");
        }
        BigDecimal number = decimal(value, at);
        if (number.signum() < 0) {
            throw new InputException(at + ": must not be negative");
        }
        if (number.compareTo(LARGEST) > 0) {
            throw new InputException(at + ": out of range (0 to " + LARGEST.toPlainString() + ")");
        }
        if (number.stripTrailingZeros().scale() > 0) {
            throw new InputException(at + ": must be a whole number");
        }
        return number.intValue();
    }

    private static boolean flag(JsonNode node, String name, String at) throws InputException {
        JsonNode value = present(node, name);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new InputException(at + "." + name + ": must be true or false");
        }
        return value.booleanValue();
    }

    private static LocalDate date(JsonNode node, String name, String at) throws InputException {
        JsonNode value = present(node, name);
        if (value == null) {
            throw new InputException(at + ": is required");
        }
        if (!value.isString()) {
            throw new InputException(at + ": must be a date (YYYY-MM-DD)");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.stringValue());
        } catch (DateTimeParseException e) {
            throw new InputException(at + ": must be a date (YYYY-MM-DD)");
        }
        if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
            throw new InputException(at + ": out of range (" + FIRST_DATE + " to " + LAST_DATE + ")");
        }
        return date;
    }
}
