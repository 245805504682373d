package nl.matchpunt.organisations;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An account as shown to the administrator (never the password hash). */
public record AccountSummary(
        Long id,
        String username,
        String displayName,
        @Nullable String email,
        Role role,
        Long organisationId,
        String organisationName,
        boolean enabled,
        boolean passwordChangeRequired,
        @Nullable Instant lastLoginAt) {

    static AccountSummary of(UserAccount account, Organisation organisation) {
        return new AccountSummary(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getEmail(),
                account.getRole(),
                organisation.getId(),
                organisation.getName(),
                account.isEnabled(),
                account.isPasswordChangeRequired(),
                account.getLastLoginAt());
    }
}
