package nl.matchpunt.clients.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ProfileValidationTests {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    private final Validator validator = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static ProfileForm valid() {
        ProfileForm form = new ProfileForm();
        form.setMaxRent(new BigDecimal("780.00"));
        form.setMinRooms(2);
        form.setMaxRooms(3);
        return form;
    }

    private Set<String> problems(ProfileForm form) {
        return validator.validate(form).stream()
                .map(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .collect(Collectors.toSet());
    }

    @Test
    void aSensibleProfileIsValid() {
        assertThat(problems(valid())).isEmpty();
    }

    @Test
    void maxRoomsMustBeAtLeastMinRooms() {
        ProfileForm form = valid();
        form.setMinRooms(4);
        form.setMaxRooms(3);
        assertThat(problems(form)).containsExactly("maxRooms");
        form.setMaxRooms(4);
        assertThat(problems(form)).isEmpty();
    }

    @Test
    void rentMustBePositiveAndAtMostFifteenHundred() {
        ProfileForm form = valid();
        form.setMaxRent(BigDecimal.ZERO);
        assertThat(problems(form)).containsExactly("maxRent");
        form.setMaxRent(new BigDecimal("-10"));
        assertThat(problems(form)).containsExactly("maxRent");
        form.setMaxRent(new BigDecimal("1500.01"));
        assertThat(problems(form)).containsExactly("maxRent");
        form.setMaxRent(new BigDecimal("1500.00"));
        assertThat(problems(form)).isEmpty();
        form.setMaxRent(null);
        assertThat(problems(form)).containsExactly("maxRent");
    }

    @Test
    void anExcludedDistrictCannotAlsoBePreferred() {
        ProfileForm form = valid();
        form.setExcludedRegionIds(Set.of(3L));
        form.setExclusionReason("Oud netwerk");
        form.setPreferredDistrictIds(Set.of(3L, 4L));
        assertThat(problems(form)).containsExactly("preferredDistrictIds");
        form.setPreferredDistrictIds(Set.of(4L));
        assertThat(problems(form)).isEmpty();
    }

    @Test
    void excludedRegionsNeedAReason() {
        ProfileForm form = valid();
        form.setExcludedRegionIds(Set.of(3L));
        assertThat(problems(form)).containsExactly("exclusionReason");
    }

    @Test
    void roomsStayWithinTheirBounds() {
        ProfileForm form = valid();
        form.setMinRooms(0);
        form.setMaxRooms(11);
        assertThat(problems(form)).contains("minRooms", "maxRooms");
    }
}
