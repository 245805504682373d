package nl.matchpunt.geography;

import org.jspecify.annotations.Nullable;

/** A unit of the geographic hierarchy as the other modules see it. */
public record Region(
        Long id,
        String code,
        String name,
        GeoLevel level,
        @Nullable Long parentId,
        @Nullable Integer socialRentStock) {}
