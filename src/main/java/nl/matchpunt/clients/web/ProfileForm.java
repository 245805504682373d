package nl.matchpunt.clients.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import nl.matchpunt.clients.ClientDetails;
import nl.matchpunt.clients.ClientProfile;
import nl.matchpunt.clients.SharedField;
import nl.matchpunt.shared.web.FieldRule;
import org.jspecify.annotations.Nullable;

/**
 * The housing-need profile and the client's consent, as the care provider fills them in. The cross-field rules
 * are those of {@link ClientProfile}; their messages are shown at the field they concern.
 */
@FieldRule(holds = "roomsConsistent", field = "maxRooms", message = "{clients.profile.maxRooms.range}")
@FieldRule(
        holds = "preferencesApartFromExclusions",
        field = "preferredDistrictIds",
        message = "{clients.profile.preferredDistrictIds.excluded}")
@FieldRule(
        holds = "exclusionsExplained",
        field = "exclusionReason",
        message = "{clients.profile.exclusionReason.required}")
class ProfileForm {

    @NotNull
    @DecimalMin(value = "0", inclusive = false, message = "{clients.profile.maxRent.range}")
    @DecimalMax(value = "1500", message = "{clients.profile.maxRent.range}")
    private @Nullable BigDecimal maxRent;

    @NotNull
    @Min(1)
    @Max(ClientProfile.MAX_ROOMS)
    private @Nullable Integer minRooms = 1;

    @NotNull
    @Min(1)
    @Max(ClientProfile.MAX_ROOMS)
    private @Nullable Integer maxRooms = 3;

    @Min(0)
    @Max(40)
    private @Nullable Integer maxFloor;

    private boolean needsElevator;

    private boolean needsWheelchairAccess;

    private boolean needsOwnEntrance;

    private Set<Long> excludedRegionIds = new HashSet<>();

    @Size(max = 500)
    private String exclusionReason = "";

    private Set<Long> preferredDistrictIds = new HashSet<>();

    private @Nullable Long careTeamDistrictId;

    private boolean groundFloorPreferred;

    private boolean quietSurroundings;

    private boolean carefulMatching;

    @Size(max = 2000)
    private String note = "";

    private Set<SharedField> sharedFields = EnumSet.copyOf(SharedField.defaults());

    private long version;

    static ProfileForm of(ClientDetails client) {
        ProfileForm form = new ProfileForm();
        form.version = client.version();
        form.sharedFields = client.sharedFields().isEmpty()
                ? EnumSet.noneOf(SharedField.class)
                : EnumSet.copyOf(client.sharedFields());
        ClientProfile profile = client.profile();
        if (profile != null) {
            form.maxRent = profile.maxRent();
            form.minRooms = profile.minRooms();
            form.maxRooms = profile.maxRooms();
            form.maxFloor = profile.maxFloor();
            form.needsElevator = profile.needsElevator();
            form.needsWheelchairAccess = profile.needsWheelchairAccess();
            form.needsOwnEntrance = profile.needsOwnEntrance();
            form.excludedRegionIds = new HashSet<>(profile.excludedRegionIds());
            form.exclusionReason = Objects.requireNonNullElse(profile.exclusionReason(), "");
            form.preferredDistrictIds = new HashSet<>(profile.preferredDistrictIds());
            form.careTeamDistrictId = profile.careTeamDistrictId();
            form.groundFloorPreferred = profile.groundFloorPreferred();
            form.quietSurroundings = profile.quietSurroundings();
            form.carefulMatching = profile.carefulMatching();
            form.note = Objects.requireNonNullElse(profile.note(), "");
        }
        return form;
    }

    ClientProfile toProfile() {
        return new ClientProfile(
                Objects.requireNonNull(maxRent),
                Objects.requireNonNull(minRooms),
                Objects.requireNonNull(maxRooms),
                maxFloor,
                needsElevator,
                needsWheelchairAccess,
                needsOwnEntrance,
                excludedRegionIds,
                ClientForm.blankToNull(exclusionReason),
                preferredDistrictIds,
                careTeamDistrictId,
                groundFloorPreferred,
                quietSurroundings,
                carefulMatching,
                ClientForm.blankToNull(note));
    }

    /** A {@link FieldRule} of this form, reported at {@code maxRooms}. */
    public boolean roomsConsistent() {
        return ClientProfile.roomsConsistent(minRooms, maxRooms);
    }

    /** A {@link FieldRule} of this form, reported at {@code preferredDistrictIds}. */
    public boolean preferencesApartFromExclusions() {
        return ClientProfile.exclusionsApartFromPreferences(excludedRegionIds, preferredDistrictIds);
    }

    /** A {@link FieldRule} of this form, reported at {@code exclusionReason}. */
    public boolean exclusionsExplained() {
        return ClientProfile.exclusionsExplained(excludedRegionIds, exclusionReason);
    }

    public @Nullable BigDecimal getMaxRent() {
        return maxRent;
    }

    public void setMaxRent(@Nullable BigDecimal maxRent) {
        this.maxRent = maxRent;
    }

    public @Nullable Integer getMinRooms() {
        return minRooms;
    }

    public void setMinRooms(@Nullable Integer minRooms) {
        this.minRooms = minRooms;
    }

    public @Nullable Integer getMaxRooms() {
        return maxRooms;
    }

    public void setMaxRooms(@Nullable Integer maxRooms) {
        this.maxRooms = maxRooms;
    }

    public @Nullable Integer getMaxFloor() {
        return maxFloor;
    }

    public void setMaxFloor(@Nullable Integer maxFloor) {
        this.maxFloor = maxFloor;
    }

    public boolean isNeedsElevator() {
        return needsElevator;
    }

    public void setNeedsElevator(boolean needsElevator) {
        this.needsElevator = needsElevator;
    }

    public boolean isNeedsWheelchairAccess() {
        return needsWheelchairAccess;
    }

    public void setNeedsWheelchairAccess(boolean needsWheelchairAccess) {
        this.needsWheelchairAccess = needsWheelchairAccess;
    }

    public boolean isNeedsOwnEntrance() {
        return needsOwnEntrance;
    }

    public void setNeedsOwnEntrance(boolean needsOwnEntrance) {
        this.needsOwnEntrance = needsOwnEntrance;
    }

    public Set<Long> getExcludedRegionIds() {
        return excludedRegionIds;
    }

    public void setExcludedRegionIds(@Nullable Set<Long> excludedRegionIds) {
        this.excludedRegionIds = excludedRegionIds == null ? new HashSet<>() : excludedRegionIds;
    }

    public String getExclusionReason() {
        return exclusionReason;
    }

    public void setExclusionReason(String exclusionReason) {
        this.exclusionReason = exclusionReason;
    }

    public Set<Long> getPreferredDistrictIds() {
        return preferredDistrictIds;
    }

    public void setPreferredDistrictIds(@Nullable Set<Long> preferredDistrictIds) {
        this.preferredDistrictIds = preferredDistrictIds == null ? new HashSet<>() : preferredDistrictIds;
    }

    public @Nullable Long getCareTeamDistrictId() {
        return careTeamDistrictId;
    }

    public void setCareTeamDistrictId(@Nullable Long careTeamDistrictId) {
        this.careTeamDistrictId = careTeamDistrictId;
    }

    public boolean isGroundFloorPreferred() {
        return groundFloorPreferred;
    }

    public void setGroundFloorPreferred(boolean groundFloorPreferred) {
        this.groundFloorPreferred = groundFloorPreferred;
    }

    public boolean isQuietSurroundings() {
        return quietSurroundings;
    }

    public void setQuietSurroundings(boolean quietSurroundings) {
        this.quietSurroundings = quietSurroundings;
    }

    public boolean isCarefulMatching() {
        return carefulMatching;
    }

    public void setCarefulMatching(boolean carefulMatching) {
        this.carefulMatching = carefulMatching;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Set<SharedField> getSharedFields() {
        return sharedFields;
    }

    public void setSharedFields(@Nullable Set<SharedField> sharedFields) {
        this.sharedFields =
                sharedFields == null || sharedFields.isEmpty() ? EnumSet.noneOf(SharedField.class) : sharedFields;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
