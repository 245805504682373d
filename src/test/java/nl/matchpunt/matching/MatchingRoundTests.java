package nl.matchpunt.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.matchpunt.shared.DomainException;
import org.junit.jupiter.api.Test;

class MatchingRoundTests {

    private static MatchingRound on(LocalDate referenceDate) {
        return new MatchingRound(referenceDate, Instant.EPOCH, "coordinator", 1, 1, 1, BigDecimal.ONE, 0);
    }

    @Test
    void aRoundIsNamedByTheIsoWeekOfItsReferenceDate() {
        MatchingRound december = on(LocalDate.of(2026, 12, 5));
        assertThat(december.getWeek()).isEqualTo(49);
        assertThat(december.getWeekYear()).isEqualTo(2026);

        MatchingRound newYearsDay = on(LocalDate.of(2027, 1, 1));
        assertThat(newYearsDay.getWeek()).isEqualTo(53);
        assertThat(newYearsDay.getWeekYear()).isEqualTo(2026);

        MatchingRound lateDecember = on(LocalDate.of(2025, 12, 29));
        assertThat(lateDecember.getWeek()).isEqualTo(1);
        assertThat(lateDecember.getWeekYear()).isEqualTo(2026);
    }

    @Test
    void onlyAnOpenRoundExpires() {
        MatchingRound round = on(LocalDate.of(2026, 11, 2));
        round.expire();
        assertThat(round.getStatus()).isEqualTo(RoundStatus.EXPIRED);
        assertThatThrownBy(round::expire).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> round.confirm("coordinator", Instant.EPOCH)).isInstanceOf(DomainException.class);
    }
}
