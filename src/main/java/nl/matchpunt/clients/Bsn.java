package nl.matchpunt.clients;

import org.jspecify.annotations.Nullable;

/** The Dutch citizen service number (BSN): nine digits that pass the eleven test (elfproef). */
public final class Bsn {

    private Bsn() {}

    /** The digits of {@code input} without spaces, dots or dashes. */
    public static String normalise(String input) {
        return input.replaceAll("[\\s.-]", "");
    }

    /** True when {@code input} is nine digits (not all zero) whose weighted sum (9..2, -1) divides by eleven. */
    public static boolean isValid(@Nullable String input) {
        if (input == null) {
            return false;
        }
        String digits = normalise(input);
        if (!digits.matches("\\d{9}") || digits.equals("000000000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        sum -= digits.charAt(8) - '0';
        return sum % 11 == 0;
    }

    /** The BSN with all but the last three digits hidden, e.g. {@code ******782}. */
    public static String masked(String bsn) {
        String digits = normalise(bsn);
        return "*".repeat(Math.max(0, digits.length() - 3)) + digits.substring(Math.max(0, digits.length() - 3));
    }
}
