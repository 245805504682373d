package nl.matchpunt.clients;

import java.util.Locale;

/** The client code a corporation sees instead of the identity: {@code C-2026-0001}. */
final class ClientCodes {

    private ClientCodes() {}

    static String format(int year, long number) {
        return String.format(Locale.ROOT, "C-%d-%04d", year, number);
    }
}
