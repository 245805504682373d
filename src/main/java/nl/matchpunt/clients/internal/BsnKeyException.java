package nl.matchpunt.clients.internal;

/**
 * A BSN key that is missing, malformed or public; its message is one line that names the environment variable and
 * never contains a key. {@link BsnKeyFailureAnalyzer} turns it into the start-up failure report.
 */
public class BsnKeyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BsnKeyException(String message) {
        super(message);
    }
}
