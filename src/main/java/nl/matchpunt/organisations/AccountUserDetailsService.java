package nl.matchpunt.organisations;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads an account for login: disabled when the account or its organisation is. A name longer than any account
 * can have is not looked up; Spring Security's {@code DaoAuthenticationProvider} then still checks the typed
 * password against a dummy hash, so an unknown name takes as long as a known one.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    private final OrganisationRepository organisations;

    AccountUserDetailsService(UserAccountRepository accounts, OrganisationRepository organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (username.length() > LoginThrottle.MAX_USERNAME_LENGTH) {
            throw new UsernameNotFoundException("unknown user");
        }
        UserAccount account =
                accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        Organisation organisation = organisations
                .findById(account.getOrganisationId())
                .orElseThrow(() -> new UsernameNotFoundException("unknown organisation"));
        CurrentUser user = new CurrentUser(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getRole(),
                organisation.getId(),
                organisation.getName(),
                organisation.getType());
        return new MatchpuntUserDetails(
                user, account.getPasswordHash(), account.isEnabled() && organisation.isActive());
    }
}
