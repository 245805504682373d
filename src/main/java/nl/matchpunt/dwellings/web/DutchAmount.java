package nl.matchpunt.dwellings.web;

import java.math.BigDecimal;
import nl.matchpunt.dwellings.importing.DutchFormats;

/** Amounts on screen: {@code € 612,50}. */
final class DutchAmount {

    private DutchAmount() {}

    static String euros(BigDecimal amount) {
        return "€ " + DutchFormats.amount(amount);
    }
}
