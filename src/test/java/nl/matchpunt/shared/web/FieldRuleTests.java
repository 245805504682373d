package nl.matchpunt.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ReflectionUtils;

class FieldRuleTests {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

    private final Validator validator = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @FieldRule(holds = "ordered", field = "to", message = "to before from")
    static class Range {
        int from;

        int to;

        Range(int from, int to) {
            this.from = from;
            this.to = to;
        }

        public boolean ordered() {
            return from <= to;
        }
    }

    @Test
    void aBrokenRuleIsReportedAtItsFieldWithItsMessage() {
        assertThat(validator.validate(new Range(1, 2))).isEmpty();

        Set<ConstraintViolation<Range>> violations = validator.validate(new Range(3, 2));
        assertThat(violations).hasSize(1);
        ConstraintViolation<Range> violation = violations.iterator().next();
        assertThat(violation.getPropertyPath()).hasToString("to");
        assertThat(violation.getMessage()).isEqualTo("to before from");
    }

    /** Every rule of the application names a method that returns whether it holds, and a field of the form. */
    @Test
    void everyRuleOfTheApplicationNamesItsMethodAndAFieldOfItsForm() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(FieldRule.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(FieldRule.List.class));
        List<String> problems = new ArrayList<>();
        int rules = 0;
        for (BeanDefinition candidate : scanner.findCandidateComponents("nl.matchpunt")) {
            Class<?> form = Class.forName(candidate.getBeanClassName());
            if (form.getEnclosingClass() == FieldRuleTests.class) {
                continue;
            }
            for (FieldRule rule : form.getAnnotationsByType(FieldRule.class)) {
                rules++;
                Method holds = ReflectionUtils.findMethod(form, rule.holds());
                if (holds == null || holds.getReturnType() != boolean.class) {
                    problems.add(form.getSimpleName() + " has no boolean " + rule.holds() + "()");
                }
                if (ReflectionUtils.findField(form, rule.field()) == null) {
                    problems.add(form.getSimpleName() + " has no field " + rule.field());
                }
                if (!rule.message().matches("\\{[a-z][A-Za-z.]+}")) {
                    problems.add(form.getSimpleName() + "'s rule " + rule.holds() + " has no message key");
                }
            }
        }
        assertThat(problems).isEmpty();
        // the forms of the application: profile (three rules), account, step and decision
        assertThat(rules).isGreaterThanOrEqualTo(6);
    }
}
