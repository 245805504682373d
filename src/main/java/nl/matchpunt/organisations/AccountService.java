package nl.matchpunt.organisations;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import nl.matchpunt.shared.DomainException;
import nl.matchpunt.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of organisations and accounts, passwords, and the bookkeeping of logins.
 * Disabling an account or deactivating an organisation ends the open sessions of the accounts concerned.
 */
@Service
@Transactional
public class AccountService {

    private final OrganisationRepository organisations;

    private final OrganisationService organisationService;

    private final UserAccountRepository accounts;

    private final PasswordEncoder passwordEncoder;

    private final PasswordPolicy passwordPolicy;

    private final SessionRegistry sessionRegistry;

    private final Clock clock;

    AccountService(
            OrganisationRepository organisations,
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            SessionRegistry sessionRegistry,
            Clock clock,
            OrganisationService organisationService) {
        this.organisations = organisations;
        this.organisationService = organisationService;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.sessionRegistry = sessionRegistry;
        this.clock = clock;
    }

    public OrganisationSummary createOrganisation(String code, String name, OrganisationType type) {
        String normalisedCode = code.strip().toLowerCase(Locale.ROOT);
        if (organisations.existsByCode(normalisedCode)) {
            throw new DomainException("organisation.code.taken");
        }
        Organisation organisation =
                organisations.save(new Organisation(normalisedCode, name.strip(), type, clock.instant()));
        organisationService.forget();
        return OrganisationSummary.of(organisation);
    }

    /**
     * Deactivates an organisation and ends its accounts' sessions; refuses the municipality (whose coordinators and
     * administrators run the service) and any organisation whose deactivation would leave no active administrator.
     */
    public void deactivateOrganisation(Long id) {
        Organisation organisation = organisation(id);
        if (organisation.getType() == OrganisationType.MUNICIPALITY) {
            throw new DomainException("organisation.municipality.deactivate");
        }
        if (accounts.countOtherActiveAdministrators(-1L, id) == 0) {
            throw new DomainException("account.lastAdministrator");
        }
        organisation.deactivate();
        organisationService.forget();
        accounts.findByOrganisationId(id).forEach(account -> endSessions(account.getUsername()));
    }

    public void activateOrganisation(Long id) {
        organisation(id).activate();
        organisationService.forget();
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
        return AccountSummary.of(account, organisation);
    }

    /** Disables an account and ends its sessions; refuses the last enabled administrator (oneself included). */
    public void disableAccount(Long id) {
        UserAccount account = account(id);
        if (account.getRole() == Role.ADMIN
                && account.isEnabled()
                && accounts.countOtherActiveAdministrators(account.getId(), -1L) == 0) {
            throw new DomainException("account.lastAdministrator");
        }
        account.disable();
        endSessions(account.getUsername());
    }

    public void enableAccount(Long id) {
        account(id).enable();
    }

    @Transactional(readOnly = true)
    public Page<AccountSummary> accounts(@Nullable Long organisationId, Pageable pageable) {
        return accounts.search(organisationId, pageable)
                .map(account -> AccountSummary.of(account, organisation(account.getOrganisationId())));
    }

    @Transactional(readOnly = true)
    public List<OrganisationSummary> organisations() {
        return organisations.findAllByOrderByTypeAscNameAsc().stream()
                .map(OrganisationSummary::of)
                .toList();
    }

    /** Notes a successful login and tells whether the password must be changed before anything else. */
    public boolean recordSuccessfulLogin(String username) {
        return accounts.findByUsername(username)
                .map(account -> {
                    account.recordSuccessfulLogin(clock.instant());
                    return account.isPasswordChangeRequired();
                })
                .orElse(false);
    }

    /**
     * The user's own password change: the current password is required, the policy applies, and the account's other
     * sessions end (the one with {@code keepSessionId}, where the change was made, stays).
     */
    public void changeOwnPassword(String username, String currentPassword, String newPassword, String keepSessionId) {
        UserAccount account = accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("account", 0L));
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new DomainException("account.password.currentWrong");
        }
        if (newPassword.equals(currentPassword)) {
            throw new DomainException("password.unchanged");
        }
        passwordPolicy.violation(newPassword, account.getUsername()).ifPresent(key -> {
            throw new DomainException(key);
        });
        account.changePassword(passwordEncoder.encode(newPassword));
        for (SessionInformation session : sessions(account.getUsername())) {
            if (!session.getSessionId().equals(keepSessionId)) {
                session.expireNow();
            }
        }
    }

    /**
     * An administrator's reset to a temporary password, which the user must replace at the next login; the
     * account's open sessions end.
     */
    public void resetPassword(Long id, String temporaryPassword) {
        UserAccount account = account(id);
        passwordPolicy.violation(temporaryPassword, account.getUsername()).ifPresent(key -> {
            throw new DomainException(key);
        });
        account.resetPassword(passwordEncoder.encode(temporaryPassword));
        endSessions(account.getUsername());
    }

    @Transactional(readOnly = true)
    public AccountSummary account(String username) {
        UserAccount account = accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("account", 0L));
        return AccountSummary.of(account, organisation(account.getOrganisationId()));
    }

    @Transactional(readOnly = true)
    public AccountSummary accountSummary(Long id) {
        UserAccount account = account(id);
        return AccountSummary.of(account, organisation(account.getOrganisationId()));
    }

    private void endSessions(String username) {
        sessions(username).forEach(SessionInformation::expireNow);
    }

    private List<SessionInformation> sessions(String username) {
        List<SessionInformation> sessions = new java.util.ArrayList<>();
        for (Object principal : sessionRegistry.getAllPrincipals()) {
            if (principal instanceof MatchpuntUserDetails details
                    && details.getUsername().equals(username)) {
                sessions.addAll(sessionRegistry.getAllSessions(principal, false));
            }
        }
        return sessions;
    }

    private Organisation organisation(Long id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    private UserAccount account(Long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
    }
}
