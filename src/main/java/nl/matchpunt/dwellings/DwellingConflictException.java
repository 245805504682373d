package nl.matchpunt.dwellings;

import java.io.Serial;
import nl.matchpunt.shared.ConflictException;

/** Someone else changed the vacancy since it was opened for editing; carries the values as they are now. */
public class DwellingConflictException extends ConflictException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient DwellingView current;

    public DwellingConflictException(DwellingView current) {
        super("dwellings.conflict");
        this.current = current;
    }

    public DwellingView getCurrent() {
        return current;
    }
}
