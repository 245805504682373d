package nl.matchpunt.dwellings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import nl.matchpunt.geography.GeographyService;

/** Valid vacancies with unique references, for the tests of this module. */
final class DwellingTestData {

    private DwellingTestData() {}

    static String uniqueReference(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid vacancy in Bos en Lommer (West), available next month. */
    static DwellingData valid(GeographyService geography, String reference) {
        return new DwellingData(
                reference,
                "Bos en Lommerweg",
                12,
                "2",
                "1055 AB",
                "Amsterdam",
                geography.findByCode("E").orElseThrow().id(),
                geography.findByCode("GE06").orElseThrow().id(),
                new BigDecimal("612.50"),
                2,
                55,
                2,
                false,
                false,
                true,
                LocalDate.of(2026, 12, 15),
                "Rustig portiek");
    }
}
