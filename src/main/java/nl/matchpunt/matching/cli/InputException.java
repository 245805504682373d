package nl.matchpunt.matching.cli;

/** Bad input for a command: the message is the one line shown on standard error, naming the place. */
final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message);
    }
}
