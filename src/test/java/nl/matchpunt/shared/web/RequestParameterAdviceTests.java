package nl.matchpunt.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import nl.matchpunt.shared.SensibleDate;
import org.junit.jupiter.api.Test;

class RequestParameterAdviceTests {

    @Test
    void aPageNumberBeyondAnyListIsReadAsTheLastOneAndANegativeOneAsTheFirst() {
        RequestParameterAdvice.Bounded page =
                new RequestParameterAdvice.Bounded(0, RequestParameterAdvice.MAX_PAGE, true);
        page.setAsText("2147483647");
        assertThat(page.getValue()).isEqualTo(RequestParameterAdvice.MAX_PAGE);
        page.setAsText("99999999999999999999");
        assertThat(page.getValue()).isEqualTo(RequestParameterAdvice.MAX_PAGE);
        page.setAsText("-2147483648");
        assertThat(page.getValue()).isEqualTo(0);
        page.setAsText(" 3 ");
        assertThat(page.getValue()).isEqualTo(3);
        assertThatIllegalArgumentException().isThrownBy(() -> page.setAsText("abc"));
        assertThatIllegalArgumentException().isThrownBy(() -> page.setAsText("1".repeat(10_000)));
    }

    @Test
    void aYearOutsideTheSensibleRangeIsRefused() {
        RequestParameterAdvice.Bounded year = new RequestParameterAdvice.Bounded(
                RequestParameterAdvice.MIN_YEAR, RequestParameterAdvice.MAX_YEAR, false);
        year.setAsText("2026");
        assertThat(year.getValue()).isEqualTo(2026);
        year.setAsText("");
        assertThat(year.getValue()).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> year.setAsText("1000000000"));
        assertThatIllegalArgumentException().isThrownBy(() -> year.setAsText("-1"));
        assertThatIllegalArgumentException().isThrownBy(() -> year.setAsText("+999999999-12-31"));
    }

    @Test
    void aDateFilterOutside1900To2100IsRefused() {
        RequestParameterAdvice.DateEditor date = new RequestParameterAdvice.DateEditor();
        date.setAsText("2026-12-01");
        assertThat(date.getValue()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> date.setAsText("+999999999-12-31"));
        assertThatIllegalArgumentException().isThrownBy(() -> date.setAsText("0001-01-01"));
        assertThatIllegalArgumentException().isThrownBy(() -> date.setAsText("01-12-2026"));
        assertThat(SensibleDate.Validator.within(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(SensibleDate.Validator.within(LocalDate.of(2100, 12, 31))).isTrue();
        assertThat(SensibleDate.Validator.within(LocalDate.of(2101, 1, 1))).isFalse();
    }
}
