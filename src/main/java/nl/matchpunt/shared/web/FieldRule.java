package nl.matchpunt.shared.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule over several fields of a form, reported at the one field the user corrects: its message is shown at that
 * field, and the error summary above the form links to it. (A rule on a getter of its own, {@code @AssertTrue
 * isRoomsConsistent()}, would be reported at a "field" {@code roomsConsistent} that no input has.)
 *
 * <pre>{@code @FieldRule(holds = "roomsConsistent", field = "maxRooms", message = "{clients.profile.maxRooms.range}")}</pre>
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(FieldRule.List.class)
@Constraint(validatedBy = FieldRuleValidator.class)
public @interface FieldRule {

    /** The form's public method without parameters that returns whether the rule holds. */
    String holds();

    /** The field at which a broken rule is reported. */
    String field();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Several rules on one form. */
    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        FieldRule[] value();
    }
}
