package nl.matchpunt.organisations;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import nl.matchpunt.shared.DomainException;
import nl.matchpunt.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of organisations and accounts, and the bookkeeping of logins (failed attempts and lockout).
 * Disabling an account or deactivating an organisation ends the open sessions of the accounts concerned.
 */
@Service
@Transactional
public class AccountService {

    private final OrganisationRepository organisations;

    private final UserAccountRepository accounts;

    private final PasswordEncoder passwordEncoder;

    private final PasswordPolicy passwordPolicy;

    private final SessionRegistry sessionRegistry;

    private final Clock clock;

    private final int maxFailedLogins;

    private final Duration lockout;

    AccountService(
            OrganisationRepository organisations,
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            SessionRegistry sessionRegistry,
            Clock clock,
            @Value("${matchpunt.security.max-failed-logins:5}") int maxFailedLogins,
            @Value("${matchpunt.security.lockout:15m}") Duration lockout) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.sessionRegistry = sessionRegistry;
        this.clock = clock;
        this.maxFailedLogins = maxFailedLogins;
        this.lockout = lockout;
    }

    public OrganisationSummary createOrganisation(String code, String name, OrganisationType type) {
        String normalisedCode = code.strip().toLowerCase(Locale.ROOT);
        if (organisations.existsByCode(normalisedCode)) {
            throw new DomainException("organisation.code.taken");
        }
        Organisation organisation =
                organisations.save(new Organisation(normalisedCode, name.strip(), type, clock.instant()));
        return OrganisationSummary.of(organisation);
    }

    public void deactivateOrganisation(Long id) {
        Organisation organisation = organisation(id);
        organisation.deactivate();
        accounts.findByOrganisationId(id).forEach(account -> endSessions(account.getUsername()));
    }

    public void activateOrganisation(Long id) {
        organisation(id).activate();
    }

    /** Creates an account; refuses a taken username, a weak password or a role that does not fit the organisation. */
    public AccountSummary createAccount(
            String username,
            String displayName,
            @Nullable String email,
            Long organisationId,
            Role role,
            String password) {
        String normalisedUsername = username.strip().toLowerCase(Locale.ROOT);
        if (accounts.existsByUsername(normalisedUsername)) {
            throw new DomainException("account.username.taken");
        }
        Organisation organisation = organisation(organisationId);
        if (role.organisationType() != organisation.getType()) {
            throw new DomainException("account.role.mismatch");
        }
        passwordPolicy.violation(password, normalisedUsername).ifPresent(key -> {
            throw new DomainException(key);
        });
        UserAccount account = accounts.save(new UserAccount(
                normalisedUsername,
                displayName.strip(),
                email == null || email.isBlank() ? null : email.strip(),
                passwordEncoder.encode(password),
                role,
                organisation.getId(),
                clock.instant()));
        return AccountSummary.of(account, organisation, false);
    }

    public void disableAccount(Long id) {
        UserAccount account = account(id);
        account.disable();
        endSessions(account.getUsername());
    }

    public void enableAccount(Long id) {
        account(id).enable();
    }

    @Transactional(readOnly = true)
    public Page<AccountSummary> accounts(@Nullable Long organisationId, Pageable pageable) {
        return accounts.search(organisationId, pageable)
                .map(account -> AccountSummary.of(
                        account, organisation(account.getOrganisationId()), account.isLockedAt(clock.instant())));
    }

    @Transactional(readOnly = true)
    public List<OrganisationSummary> organisations() {
        return organisations.findAllByOrderByTypeAscNameAsc().stream()
                .map(OrganisationSummary::of)
                .toList();
    }

    /**
     * Counts a failed login for a known username (unknown usernames are ignored) and tells whether the account is
     * now locked.
     */
    public boolean recordFailedLogin(String username) {
        return accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT))
                .map(account -> {
                    account.recordFailedLogin(clock.instant(), maxFailedLogins, lockout);
                    return account.isLockedAt(clock.instant());
                })
                .orElse(false);
    }

    public void recordSuccessfulLogin(String username) {
        accounts.findByUsername(username).ifPresent(account -> account.recordSuccessfulLogin(clock.instant()));
    }

    private void endSessions(String username) {
        for (Object principal : sessionRegistry.getAllPrincipals()) {
            if (principal instanceof MatchpuntUserDetails details
                    && details.getUsername().equals(username)) {
                sessionRegistry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }

    private Organisation organisation(Long id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    private UserAccount account(Long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
    }
}
