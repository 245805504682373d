package nl.matchpunt.organisations;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads an account for login: disabled when the account or its organisation is, locked after failed logins. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    private final OrganisationRepository organisations;

    private final Clock clock;

    AccountUserDetailsService(UserAccountRepository accounts, OrganisationRepository organisations, Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
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
                user,
                account.getPasswordHash(),
                account.isEnabled() && organisation.isActive(),
                !account.isLockedAt(clock.instant()));
    }
}
