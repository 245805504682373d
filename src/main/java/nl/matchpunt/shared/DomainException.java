package nl.matchpunt.shared;

import java.io.Serial;

/**
 * A refusal by the domain: an illegal state transition or a broken business rule. It carries a message key
 * (from {@code messages.properties}) and its arguments, so the web layer can show it in the user's language.
 */
public class DomainException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
