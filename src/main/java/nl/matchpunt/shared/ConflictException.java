package nl.matchpunt.shared;

import java.io.Serial;

/** A change that conflicts with the current state (a concurrent edit, a record already taken); shown as 409. */
public class ConflictException extends DomainException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
