package nl.matchpunt.dwellings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import nl.matchpunt.shared.DomainException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The field rules of a vacancy, the social-rent limit per year and the legal status transitions. */
class DwellingValidationTests {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    private final Validator validator = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void aCompleteVacancyIsValid() {
        assertThat(brokenFields(data("1055 AB", "612.50", 2, 0))).isEmpty();
    }

    @Test
    void postcodeMustBeFourDigitsASpaceAndTwoLettersAfterNormalising() {
        assertThat(brokenFields(data("1055ab", "612.50", 2, 0).normalised())).isEmpty();
        assertThat(data(" 1055 ab ", "612.50", 2, 0).normalised().postcode()).isEqualTo("1055 AB");
        assertThat(brokenFields(data("0123 AB", "612.50", 2, 0))).containsExactly("postcode");
        assertThat(brokenFields(data("1055 A", "612.50", 2, 0).normalised())).containsExactly("postcode");
        assertThat(brokenFields(data("Amsterdam", "612.50", 2, 0).normalised())).containsExactly("postcode");
    }

    @Test
    void rentMustBePositiveWithAtMostCents() {
        assertThat(brokenFields(data("1055 AB", "0.00", 2, 0))).containsExactly("rent");
        assertThat(brokenFields(data("1055 AB", "-10", 2, 0))).containsExactly("rent");
        assertThat(brokenFields(data("1055 AB", "612.505", 2, 0))).containsExactly("rent");
        assertThat(brokenFields(data("1055 AB", "0.01", 2, 0))).isEmpty();
    }

    @Test
    void roomsFromOneToTenAndFloorFromBasementToForty() {
        assertThat(brokenFields(data("1055 AB", "612.50", 0, 0))).containsExactly("rooms");
        assertThat(brokenFields(data("1055 AB", "612.50", 11, 0))).containsExactly("rooms");
        assertThat(brokenFields(data("1055 AB", "612.50", 10, 40))).isEmpty();
        assertThat(brokenFields(data("1055 AB", "612.50", 1, -1))).isEmpty();
        assertThat(brokenFields(data("1055 AB", "612.50", 1, -2))).containsExactly("floor");
        assertThat(brokenFields(data("1055 AB", "612.50", 1, 41))).containsExactly("floor");
    }

    @Test
    void requiredFieldsAreNamed() {
        DwellingData empty = new DwellingData(
                "", "", null, null, "", "", null, null, null, null, null, null, false, false, false, null, null);
        assertThat(brokenFields(empty))
                .contains(
                        "ownReference",
                        "street",
                        "houseNumber",
                        "postcode",
                        "city",
                        "districtId",
                        "areaId",
                        "rent",
                        "rooms",
                        "livingArea",
                        "floor",
                        "availableFrom");
        assertThat(messageTemplates(empty)).contains("{dwellings.rent.required}", "{dwellings.postcode.required}");
    }

    @Test
    void theSocialRentLimitIsTheOneOfTheYearOrTheLatestBefore() {
        SocialRentLimits limits = new SocialRentLimits();
        limits.getSocialRentLimit().put(2025, new BigDecimal("900.07"));
        limits.getSocialRentLimit().put(2026, new BigDecimal("932.93"));

        assertThat(limits.forYear(2025)).isEqualByComparingTo("900.07");
        assertThat(limits.forYear(2026)).isEqualByComparingTo("932.93");
        assertThat(limits.forYear(2027)).isEqualByComparingTo("932.93");
        assertThat(limits.forYear(2020)).isEqualByComparingTo("900.07");
    }

    @Test
    void statusMovesOnlyAlongLegalTransitions() {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        Dwelling dwelling = new Dwelling(1L, data("1055 AB", "612.50", 2, 0), now);
        assertThat(dwelling.getStatus()).isEqualTo(DwellingStatus.AVAILABLE);
        assertThatThrownBy(() -> dwelling.allocate(now)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> dwelling.let(now)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> dwelling.releaseProposal(now)).isInstanceOf(DomainException.class);

        dwelling.propose(now);
        assertThatThrownBy(() -> dwelling.update(data("1055 AB", "700.00", 2, 0)))
                .isInstanceOf(DomainException.class)
                .hasMessage("dwellings.transition.edit");
        dwelling.releaseProposal(now);
        assertThat(dwelling.getStatus()).isEqualTo(DwellingStatus.AVAILABLE);
        dwelling.propose(now);
        dwelling.allocate(now);
        assertThatThrownBy(() -> dwelling.withdraw("te laat", now)).isInstanceOf(DomainException.class);
        dwelling.let(now);
        assertThat(dwelling.getStatus()).isEqualTo(DwellingStatus.LET);
        assertThatThrownBy(() -> dwelling.propose(now)).isInstanceOf(DomainException.class);
    }

    @Test
    void withdrawingNeedsAReasonAndEndsEveryFurtherStep() {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        Dwelling dwelling = new Dwelling(1L, data("1055 AB", "612.50", 2, 0), now);
        assertThatThrownBy(() -> dwelling.withdraw("  ", now)).hasMessage("dwellings.withdrawalReason.required");
        dwelling.withdraw(" Renovatie ", now);
        assertThat(dwelling.getWithdrawalReason()).isEqualTo("Renovatie");
        assertThatThrownBy(() -> dwelling.propose(now)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> dwelling.withdraw("nog eens", now)).isInstanceOf(DomainException.class);
    }

    @Test
    void anUpdateTellsWhichFieldsChanged() {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        Dwelling dwelling = new Dwelling(1L, data("1055 AB", "612.50", 2, 0), now);
        assertThat(dwelling.update(data("1055 AB", "640.00", 3, 0)))
                .extracting(Dwelling.Change::field, Dwelling.Change::oldValue, Dwelling.Change::newValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("rent", "612.50", "640.00"),
                        org.assertj.core.groups.Tuple.tuple("rooms", "2", "3"));
    }

    private Set<String> brokenFields(DwellingData data) {
        return validator.validate(data).stream()
                .map(violation -> violation.getPropertyPath().toString())
                .collect(Collectors.toSet());
    }

    private Set<String> messageTemplates(DwellingData data) {
        return validator.validate(data).stream()
                .map(ConstraintViolation::getMessageTemplate)
                .collect(Collectors.toSet());
    }

    private static DwellingData data(String postcode, String rent, int rooms, int floor) {
        return new DwellingData(
                "VHE-1",
                "Bos en Lommerweg",
                12,
                null,
                postcode,
                "Amsterdam",
                5L,
                10L,
                new BigDecimal(rent),
                rooms,
                55,
                floor,
                false,
                false,
                true,
                LocalDate.of(2026, 12, 1),
                null);
    }
}
