package nl.matchpunt.dwellings;

import java.io.Serial;
import java.util.List;
import nl.matchpunt.shared.DomainException;

/** The service refused a vacancy because of broken rules, each named by field with a message for the user. */
public class InvalidDwellingException extends DomainException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<FieldViolation> violations;

    public InvalidDwellingException(List<FieldViolation> violations) {
        super("dwellings.invalid");
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> getViolations() {
        return violations;
    }
}
