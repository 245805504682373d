package nl.matchpunt.dwellings;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An available vacancy as the matching engine sees it: its features, no address. */
public record AvailableDwelling(
        Long id,
        Long corporationId,
        Long districtId,
        String districtName,
        Long areaId,
        String areaName,
        BigDecimal rent,
        int rooms,
        int livingArea,
        int floor,
        boolean elevator,
        boolean accessible,
        boolean sharedEntrance,
        LocalDate availableFrom) {}
