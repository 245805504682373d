package nl.matchpunt.shared.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Method;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ReflectionUtils;

/** Checks a {@link FieldRule} and reports a broken one at its field. */
public class FieldRuleValidator implements ConstraintValidator<FieldRule, Object> {

    private @Nullable FieldRule rule;

    @Override
    public void initialize(FieldRule rule) {
        this.rule = rule;
    }

    @Override
    public boolean isValid(@Nullable Object form, ConstraintValidatorContext context) {
        FieldRule rule = this.rule;
        if (form == null || rule == null) {
            return true;
        }
        Method method = ReflectionUtils.findMethod(form.getClass(), rule.holds());
        if (method == null || method.getReturnType() != boolean.class) {
            throw new IllegalStateException(
                    form.getClass().getSimpleName() + " has no method boolean " + rule.holds() + "()");
        }
        ReflectionUtils.makeAccessible(method); // forms are package-private classes
        if (Boolean.TRUE.equals(ReflectionUtils.invokeMethod(method, form))) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(rule.message())
                .addPropertyNode(rule.field())
                .addConstraintViolation();
        return false;
    }
}
