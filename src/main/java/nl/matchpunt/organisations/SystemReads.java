package nl.matchpunt.organisations;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads that a user's request needs over every organisation's rows, to compute something that shows none of them:
 * the "why not?" of a corporation's own dwelling counts the waiting clients of every care provider, which
 * row-level security would otherwise hide from the corporation's connection. The work runs in a read-only
 * transaction of its own on a connection marked {@code system} (see {@link OrganisationScopedDataSource}); what it
 * returns must be aggregate or the caller's own, never a row of another organisation, and the caller says why in
 * its own documentation. The services' own scoping (who may ask about which record) is checked before.
 */
@Component
public class SystemReads {

    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    private final TransactionTemplate transaction;

    SystemReads(PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transaction.setReadOnly(true);
    }

    /** Runs {@code work} in a new read-only transaction whose connection sees every organisation's rows. */
    public <T> T read(Supplier<T> work) {
        Boolean outer = ACTIVE.get();
        ACTIVE.set(Boolean.TRUE);
        try {
            return transaction.execute(status -> work.get());
        } finally {
            if (outer == null) {
                ACTIVE.remove();
            }
        }
    }

    /** Whether the current thread is inside {@link #read}: its connections are marked {@code system}. */
    static boolean active() {
        return ACTIVE.get() != null;
    }
}
