package nl.matchpunt.shared;

import java.io.Serial;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record that does not exist or that belongs to another organisation: both give the same 404, so that ids of
 * other organisations cannot be probed.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    public NotFoundException(String subjectType, Object id) {
        super(subjectType + " " + id + " not found");
    }
}
