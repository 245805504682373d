package nl.matchpunt.dwellings.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import nl.matchpunt.dwellings.importing.DutchFormats;

/** Binds an amount typed the Dutch way ({@code 612,50}) or with a point, and shows it with a comma. */
class AmountEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        if (text.isBlank()) {
            setValue(null);
            return;
        }
        setValue(DutchFormats.amount(text).orElseThrow(() -> new IllegalArgumentException("not an amount")));
    }

    @Override
    public String getAsText() {
        return getValue() instanceof BigDecimal amount ? DutchFormats.amount(amount) : "";
    }
}
