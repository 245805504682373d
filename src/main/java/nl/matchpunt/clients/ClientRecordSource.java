package nl.matchpunt.clients;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The port through which the subject-access export gathers what other modules store about a client (proposals
 * and their decisions, the placement case, its signals). Clients defines it and does not know who implements it:
 * matching and cases do, each for its own data. A system call: the export checks that the user may see the client.
 */
public interface ClientRecordSource {

    /** Everything this module stores about the client, in parts; none when it stores nothing. */
    List<ClientRecordPart> about(Long clientId);

    /**
     * How the readable document names a stored code (a status, a kind, a reason) of one of this module's sections:
     * the message that names it, or none when the value is not a code of this module. The file download keeps the
     * codes; the page a person reads shows these names.
     *
     * @param entry the whole entry the value is part of, for names that take another field as their argument
     */
    default @Nullable MessageSourceResolvable label(
            String section, String field, String value, Map<String, String> entry) {
        return null;
    }

    /** A stored value as it is named: the message {@code code}, or {@code fallback} as it is (a code itself null). */
    static MessageSourceResolvable named(@Nullable String code, String fallback) {
        return new DefaultMessageSourceResolvable(code == null ? null : new String[] {code}, fallback);
    }

    /** Adds a field to an entry of a part, as text; a field without a value is left out. */
    static void put(Map<String, String> entry, String field, @Nullable Object value) {
        if (value != null) {
            entry.put(field, value.toString());
        }
    }
}
