package nl.matchpunt.clients;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Set;
import nl.matchpunt.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A client's housing-need profile (woonbehoefteprofiel) as a value: the hard requirements a dwelling must meet,
 * the soft preferences that make a match better, and the flag for careful matching. Regions are geography ids.
 *
 * @param maxRent the highest rent (bare rent plus service costs) the client can pay, in euros
 * @param maxFloor the highest floor the client can live on; {@code null} when any floor will do
 * @param excludedRegionIds districts or areas the client must not live in (with {@code exclusionReason})
 * @param preferredDistrictIds districts the client would like to live in
 * @param careTeamDistrictId the district where the client's care team works
 * @param carefulMatching proposals for this client go to the coordinator with a warning
 */
public record ClientProfile(
        BigDecimal maxRent,
        int minRooms,
        int maxRooms,
        @Nullable Integer maxFloor,
        boolean needsElevator,
        boolean needsWheelchairAccess,
        boolean needsOwnEntrance,
        Set<Long> excludedRegionIds,
        @Nullable String exclusionReason,
        Set<Long> preferredDistrictIds,
        @Nullable Long careTeamDistrictId,
        boolean groundFloorPreferred,
        boolean quietSurroundings,
        boolean carefulMatching,
        @Nullable String note) {

    /** The highest rent a profile may name: above it a dwelling is no longer social rent. */
    public static final BigDecimal MAX_RENT = new BigDecimal("1500");

    public static final int MAX_ROOMS = 10;

    public ClientProfile {
        excludedRegionIds = Set.copyOf(excludedRegionIds);
        preferredDistrictIds = Set.copyOf(preferredDistrictIds);
    }

    /** True when the room range is not upside down. */
    public static boolean roomsConsistent(@Nullable Integer minRooms, @Nullable Integer maxRooms) {
        return minRooms == null || maxRooms == null || maxRooms >= minRooms;
    }

    /** True when the rent is positive and at most {@link #MAX_RENT}. */
    public static boolean rentWithinBounds(@Nullable BigDecimal maxRent) {
        return maxRent == null || (maxRent.signum() > 0 && maxRent.compareTo(MAX_RENT) <= 0);
    }

    /** True when no region is both excluded and preferred. */
    public static boolean exclusionsApartFromPreferences(Set<Long> excluded, Set<Long> preferred) {
        return Collections.disjoint(excluded, preferred);
    }

    /** True when excluded regions come with a reason. */
    public static boolean exclusionsExplained(Set<Long> excluded, @Nullable String reason) {
        return excluded.isEmpty() || (reason != null && !reason.isBlank());
    }

    /** Refuses a profile that breaks a rule; the message key names the field. */
    void check() {
        if (!rentWithinBounds(maxRent)) {
            throw new DomainException("clients.profile.maxRent.range", MAX_RENT);
        }
        if (minRooms < 1 || maxRooms > MAX_ROOMS || !roomsConsistent(minRooms, maxRooms)) {
            throw new DomainException("clients.profile.maxRooms.range");
        }
        if (!exclusionsApartFromPreferences(excludedRegionIds, preferredDistrictIds)) {
            throw new DomainException("clients.profile.preferredDistrictIds.excluded");
        }
        if (!exclusionsExplained(excludedRegionIds, exclusionReason)) {
            throw new DomainException("clients.profile.exclusionReason.required");
        }
    }
}
