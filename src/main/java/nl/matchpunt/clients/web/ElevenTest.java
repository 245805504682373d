package nl.matchpunt.clients.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.matchpunt.clients.Bsn;
import org.jspecify.annotations.Nullable;

/** A BSN field that is empty or passes the eleven test (elfproef); whether it may be empty is decided elsewhere. */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ElevenTest.Validator.class)
@interface ElevenTest {

    String message() default "{clients.bsn.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ElevenTest, String> {

        @Override
        public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || Bsn.isValid(value);
        }
    }
}
