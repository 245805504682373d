package nl.matchpunt.clients;

import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a corporation may see of a client once a proposal exists: the client code always, and every other field
 * only when the client consented to share it ({@code null} otherwise). Never the BSN or the date of birth.
 */
public record CorporationView(
        Long clientId,
        String clientCode,
        Set<SharedField> sharedFields,
        @Nullable Integer adults,
        @Nullable Integer children,
        @Nullable String targetGroupName,
        @Nullable HardRequirements hardRequirements,
        @Nullable SoftPreferences softPreferences,
        @Nullable IncomeBand incomeBand,
        @Nullable String profileNote,
        @Nullable String supervisorName,
        @Nullable String supervisorPhone,
        @Nullable String supervisorEmail,
        @Nullable String name) {

    /** The hard requirements of the profile, without the reason for excluded regions (which stays private). */
    public record HardRequirements(
            BigDecimal maxRent,
            int minRooms,
            int maxRooms,
            @Nullable Integer maxFloor,
            boolean needsElevator,
            boolean needsWheelchairAccess,
            boolean needsOwnEntrance,
            Set<Long> excludedRegionIds) {

        static HardRequirements of(ClientProfile profile) {
            return new HardRequirements(
                    profile.maxRent(),
                    profile.minRooms(),
                    profile.maxRooms(),
                    profile.maxFloor(),
                    profile.needsElevator(),
                    profile.needsWheelchairAccess(),
                    profile.needsOwnEntrance(),
                    profile.excludedRegionIds());
        }
    }

    /** The soft preferences of the profile. */
    public record SoftPreferences(
            Set<Long> preferredDistrictIds,
            @Nullable Long careTeamDistrictId,
            boolean groundFloorPreferred,
            boolean quietSurroundings) {

        static SoftPreferences of(ClientProfile profile) {
            return new SoftPreferences(
                    profile.preferredDistrictIds(),
                    profile.careTeamDistrictId(),
                    profile.groundFloorPreferred(),
                    profile.quietSurroundings());
        }
    }
}
