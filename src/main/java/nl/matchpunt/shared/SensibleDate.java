package nl.matchpunt.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A date within the years Matchpunt has any business with, 1900 to 2100: on forms, in the API and in imported files
 * a date such as {@code +999999999-12-31} or {@code 0001-01-01} is a typing error, not a date to store (PostgreSQL
 * could not even hold the first). An empty date is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = SensibleDate.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface SensibleDate {

    LocalDate FIRST = LocalDate.of(1900, 1, 1);

    LocalDate LAST = LocalDate.of(2100, 12, 31);

    String message() default "{date.outOfRange}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link SensibleDate}. */
    class Validator implements ConstraintValidator<SensibleDate, LocalDate> {

        @Override
        public boolean isValid(@Nullable LocalDate date, ConstraintValidatorContext context) {
            return date == null || within(date);
        }

        /** Whether the date lies within {@link #FIRST} and {@link #LAST}. */
        public static boolean within(LocalDate date) {
            return !date.isBefore(FIRST) && !date.isAfter(LAST);
        }
    }
}
