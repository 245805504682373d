package nl.matchpunt.matching.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A client (cliënt) waiting for a dwelling, with the hard requirements and soft preferences of the housing-need
 * profile. A {@code null} limit means "no limit".
 *
 * @param id unique id within the round
 * @param targetGroup the target group (doelgroep), the key into the contingents
 * @param careProvider the care provider (zorgaanbieder), the key into the intake capacities
 * @param eligibleSince the eligible-since date (urgentiedatum); the waiting clock starts here
 * @param maxRent the highest affordable rent, or {@code null} for no limit
 * @param minRooms the least number of rooms
 * @param maxRooms the most rooms, or {@code null}
 * @param maxFloor the highest floor, or {@code null}
 * @param needsElevator whether a dwelling above the ground floor needs an elevator
 * @param needsAccessible whether the client needs a wheelchair-accessible dwelling
 * @param needsOwnEntrance whether the client needs an entrance of their own
 * @param excludedDistricts districts the client must not live in
 * @param excludedAreas areas the client must not live in
 * @param preferredDistricts districts the client would like to live in
 * @param careTeamDistrict the district of the client's care team, or {@code null}
 */
public record Client(
        String id,
        @Nullable String targetGroup,
        @Nullable String careProvider,
        LocalDate eligibleSince,
        @Nullable BigDecimal maxRent,
        int minRooms,
        @Nullable Integer maxRooms,
        @Nullable Integer maxFloor,
        boolean needsElevator,
        boolean needsAccessible,
        boolean needsOwnEntrance,
        List<String> excludedDistricts,
        List<String> excludedAreas,
        List<String> preferredDistricts,
        @Nullable String careTeamDistrict) {

    public Client {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eligibleSince, "eligibleSince");
        excludedDistricts = List.copyOf(excludedDistricts);
        excludedAreas = List.copyOf(excludedAreas);
        preferredDistricts = List.copyOf(preferredDistricts);
    }
}
