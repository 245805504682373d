package nl.matchpunt.dwellings.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A vacancy as a corporation's system sends it. District and area are given by code (see {@code GET
 * /api/v1/dwellings/regions}); {@code version} (on update) is the version the change is based on.
 */
@Schema(name = "DwellingRequest")
public record DwellingRequest(
        @Schema(example = "VHE-10234", description = "The corporation's own reference, unique per corporation")
        @Nullable
        String ownReference,

        @Schema(example = "Bos en Lommerweg") @Nullable String street,
        @Schema(example = "112") @Nullable Integer houseNumber,
        @Schema(example = "2") @Nullable String houseNumberAddition,
        @Schema(example = "1055 DT") @Nullable String postcode,
        @Schema(example = "Amsterdam") @Nullable String city,

        @Schema(example = "E", description = "District code") @Nullable
        String district,

        @Schema(example = "GE06", description = "Area code, within the district") @Nullable
        String area,

        @Schema(example = "612.50", description = "Basic rent in euros per month") @Nullable
        BigDecimal rent,

        @Schema(example = "2", minimum = "1", maximum = "10") @Nullable
        Integer rooms,

        @Schema(example = "54", description = "Living area in m²") @Nullable
        Integer livingArea,

        @Schema(example = "2", minimum = "-1", maximum = "40", description = "0 is the ground floor") @Nullable
        Integer floor,

        @Nullable Boolean elevator,
        @Nullable Boolean accessible,

        @Schema(description = "Shared entrance (portiek)") @Nullable
        Boolean sharedEntrance,

        @Schema(example = "2026-12-01") @Nullable LocalDate availableFrom,
        @Nullable String note,

        @Schema(description = "On update: the version the change is based on; omit to overwrite") @Nullable
        Long version) {}
