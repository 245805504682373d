package nl.matchpunt.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A proposal's score broken down into the parts of the score function, in points. */
public record ScoreParts(
        BigDecimal waiting, BigDecimal preferences, BigDecimal contingent, BigDecimal spread, BigDecimal scarcity) {

    public BigDecimal total() {
        return waiting.add(preferences)
                .add(contingent)
                .add(spread)
                .add(scarcity)
                .setScale(2, RoundingMode.HALF_UP);
    }
}
