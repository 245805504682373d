package nl.matchpunt.dwellings;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.matchpunt.shared.SensibleDate;
import org.jspecify.annotations.Nullable;

/**
 * What a corporation says about a vacancy, however it arrives (form, CSV row, API). The field rules are here
 * once; {@link DwellingService#validate(DwellingData)} adds the rules that need data (area within district,
 * rent within the social-rent limit of the year).
 */
public record DwellingData(
        @NotBlank(message = "{dwellings.ownReference.required}") @Size(max = 40)
        String ownReference,

        @NotBlank(message = "{dwellings.street.required}") @Size(max = 120)
        String street,

        @NotNull(message = "{dwellings.houseNumber.required}") @Min(1) @Max(99999) @Nullable
        Integer houseNumber,

        @Size(max = 10) @Nullable String houseNumberAddition,

        @NotBlank(message = "{dwellings.postcode.required}")
        @Pattern(regexp = DwellingData.POSTCODE, message = "{dwellings.postcode.pattern}")
        String postcode,

        @NotBlank(message = "{dwellings.city.required}") @Size(max = 60)
        String city,

        @NotNull(message = "{dwellings.district.required}") @Nullable
        Long districtId,

        @NotNull(message = "{dwellings.area.required}") @Nullable
        Long areaId,

        @NotNull(message = "{dwellings.rent.required}")
        @DecimalMin(value = "0.01", message = "{dwellings.rent.positive}")
        @Digits(integer = 6, fraction = 2)
        @Nullable
        BigDecimal rent,

        @NotNull(message = "{dwellings.rooms.required}")
        @Min(value = 1, message = "{dwellings.rooms.range}")
        @Max(value = 10, message = "{dwellings.rooms.range}")
        @Nullable
        Integer rooms,

        @NotNull(message = "{dwellings.livingArea.required}") @Min(10) @Max(400) @Nullable
        Integer livingArea,

        @NotNull(message = "{dwellings.floor.required}")
        @Min(value = -1, message = "{dwellings.floor.range}")
        @Max(value = 40, message = "{dwellings.floor.range}")
        @Nullable
        Integer floor,

        boolean elevator,
        boolean accessible,
        boolean sharedEntrance,

        @NotNull(message = "{dwellings.availableFrom.required}") @SensibleDate @Nullable
        LocalDate availableFrom,

        @Size(max = 1000) @Nullable String note) {

    /** Dutch postcode: four digits (not starting with 0), a space, two capital letters. */
    public static final String POSTCODE = "[1-9][0-9]{3} [A-Z]{2}";

    /**
     * The same data with blank optional text made null, text stripped and the postcode in its standard form
     * ({@code 1234ab} → {@code 1234 AB}).
     */
    public DwellingData normalised() {
        return new DwellingData(
                ownReference.strip(),
                street.strip(),
                houseNumber,
                blankToNull(houseNumberAddition),
                normalisePostcode(postcode),
                city.strip(),
                districtId,
                areaId,
                rent,
                rooms,
                livingArea,
                floor,
                elevator,
                accessible,
                sharedEntrance,
                availableFrom,
                blankToNull(note));
    }

    static String normalisePostcode(String postcode) {
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
        if (compact.matches("[0-9]{4}[A-Z]{2}")) {
            return compact.substring(0, 4) + " " + compact.substring(4);
        }
        return postcode.strip();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
