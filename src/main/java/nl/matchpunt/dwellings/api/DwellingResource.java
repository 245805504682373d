package nl.matchpunt.dwellings.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.matchpunt.dwellings.DwellingStatus;
import nl.matchpunt.dwellings.DwellingView;
import org.jspecify.annotations.Nullable;

/** A vacancy as the API returns it. */
public record DwellingResource(
        Long id,
        String ownReference,
        String street,
        int houseNumber,
        @Nullable String houseNumberAddition,
        String postcode,
        String city,
        String district,
        String districtName,
        String area,
        String areaName,
        BigDecimal rent,
        int rooms,
        int livingArea,
        int floor,
        boolean elevator,
        boolean accessible,
        boolean sharedEntrance,
        LocalDate availableFrom,
        @Nullable String note,
        DwellingStatus status,
        @Nullable String withdrawalReason,
        long version) {

    static DwellingResource of(DwellingView view, String districtCode, String areaCode) {
        return new DwellingResource(
                view.id(),
                view.ownReference(),
                view.street(),
                view.houseNumber(),
                view.houseNumberAddition(),
                view.postcode(),
                view.city(),
                districtCode,
                view.districtName(),
                areaCode,
                view.areaName(),
                view.rent(),
                view.rooms(),
                view.livingArea(),
                view.floor(),
                view.elevator(),
                view.accessible(),
                view.sharedEntrance(),
                view.availableFrom(),
                view.note(),
                view.status(),
                view.withdrawalReason(),
                view.version());
    }
}
