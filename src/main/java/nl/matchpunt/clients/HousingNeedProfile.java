package nl.matchpunt.clients;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/** The housing-need profile as stored with the client; empty until the care provider fills it in. */
@Embeddable
class HousingNeedProfile {

    @Column(name = "max_rent")
    private @Nullable BigDecimal maxRent;

    @Column(name = "min_rooms")
    private @Nullable Integer minRooms;

    @Column(name = "max_rooms")
    private @Nullable Integer maxRooms;

    @Column(name = "max_floor")
    private @Nullable Integer maxFloor;

    @Column(name = "needs_elevator", nullable = false)
    private boolean needsElevator;

    @Column(name = "needs_wheelchair_access", nullable = false)
    private boolean needsWheelchairAccess;

    @Column(name = "needs_own_entrance", nullable = false)
    private boolean needsOwnEntrance;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "client_excluded_region", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "region_id")
    private Set<Long> excludedRegionIds = new HashSet<>();

    @Column(name = "exclusion_reason")
    private @Nullable String exclusionReason;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "client_preferred_region", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "region_id")
    private Set<Long> preferredDistrictIds = new HashSet<>();

    @Column(name = "care_team_district_id")
    private @Nullable Long careTeamDistrictId;

    @Column(name = "ground_floor_preferred", nullable = false)
    private boolean groundFloorPreferred;

    @Column(name = "quiet_surroundings", nullable = false)
    private boolean quietSurroundings;

    @Column(name = "careful_matching", nullable = false)
    private boolean carefulMatching;

    @Column(name = "profile_note")
    private @Nullable String note;

    protected HousingNeedProfile() {}

    static HousingNeedProfile empty() {
        return new HousingNeedProfile();
    }

    /** The profile as a value, or empty when it has not been filled in yet. */
    Optional<ClientProfile> toValue() {
        if (maxRent == null || minRooms == null || maxRooms == null) {
            return Optional.empty();
        }
        return Optional.of(new ClientProfile(
                maxRent,
                minRooms,
                maxRooms,
                maxFloor,
                needsElevator,
                needsWheelchairAccess,
                needsOwnEntrance,
                excludedRegionIds,
                exclusionReason,
                preferredDistrictIds,
                careTeamDistrictId,
                groundFloorPreferred,
                quietSurroundings,
                carefulMatching,
                note));
    }

    void replaceWith(ClientProfile profile) {
        this.maxRent = profile.maxRent();
        this.minRooms = profile.minRooms();
        this.maxRooms = profile.maxRooms();
        this.maxFloor = profile.maxFloor();
        this.needsElevator = profile.needsElevator();
        this.needsWheelchairAccess = profile.needsWheelchairAccess();
        this.needsOwnEntrance = profile.needsOwnEntrance();
        this.excludedRegionIds.clear();
        this.excludedRegionIds.addAll(profile.excludedRegionIds());
        this.exclusionReason = profile.exclusionReason();
        this.preferredDistrictIds.clear();
        this.preferredDistrictIds.addAll(profile.preferredDistrictIds());
        this.careTeamDistrictId = profile.careTeamDistrictId();
        this.groundFloorPreferred = profile.groundFloorPreferred();
        this.quietSurroundings = profile.quietSurroundings();
        this.carefulMatching = profile.carefulMatching();
        this.note = profile.note();
    }

    /** Empties everything: the profile and its note can tell who the client is. */
    void erase() {
        this.maxRent = null;
        this.minRooms = null;
        this.maxRooms = null;
        this.maxFloor = null;
        this.needsElevator = false;
        this.needsWheelchairAccess = false;
        this.needsOwnEntrance = false;
        this.excludedRegionIds.clear();
        this.exclusionReason = null;
        this.preferredDistrictIds.clear();
        this.careTeamDistrictId = null;
        this.groundFloorPreferred = false;
        this.quietSurroundings = false;
        this.carefulMatching = false;
        this.note = null;
    }
}
