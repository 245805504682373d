package nl.matchpunt.organisations;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.matchpunt.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications: other modules notify the accounts of an organisation with a role (for example the
 * corporation staff of the dwelling's corporation, or all coordinators); each user reads their own. When mail is
 * configured, each notification is also mailed to the account's address.
 */
@Service
@Transactional
public class NotificationService {

    private final NotificationRepository notifications;

    private final UserAccountRepository accounts;

    private final OrganisationRepository organisations;

    private final OrganisationService organisationService;

    private final MailNotifier mail;

    private final Clock clock;

    NotificationService(
            NotificationRepository notifications,
            UserAccountRepository accounts,
            OrganisationRepository organisations,
            OrganisationService organisationService,
            MailNotifier mail,
            Clock clock) {
        this.mail = mail;
        this.notifications = notifications;
        this.accounts = accounts;
        this.organisations = organisations;
        this.organisationService = organisationService;
        this.clock = clock;
    }

    /** Notifies every enabled account of the organisation that has the role. */
    public int notifyOrganisation(
            Long organisationId, Role role, String messageKey, List<String> args, @Nullable String link) {
        int sent = 0;
        for (UserAccount account : accounts.findByOrganisationId(organisationId)) {
            if (account.isEnabled() && account.getRole() == role) {
                notifications.save(new Notification(account.getId(), messageKey, args, link, clock.instant()));
                mail.send(account, messageKey, args, link);
                sent++;
            }
        }
        return sent;
    }

    /** Notifies the coordinators of every municipality. */
    public int notifyCoordinators(String messageKey, List<String> args, @Nullable String link) {
        int sent = 0;
        for (Organisation municipality : organisations.findByTypeOrderByNameAsc(OrganisationType.MUNICIPALITY)) {
            sent += notifyOrganisation(municipality.getId(), Role.COORDINATOR, messageKey, args, link);
        }
        return sent;
    }

    @Transactional(readOnly = true)
    public Page<NotificationView> mine(Pageable pageable) {
        return notifications
                .findByAccountIdOrderByCreatedAtDescIdDesc(
                        organisationService.currentUser().userId(), pageable)
                .map(Notification::toView);
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        Optional<CurrentUser> user = organisationService.findCurrentUser();
        return user.map(u -> notifications.countByAccountIdAndReadAtIsNull(u.userId()))
                .orElse(0L);
    }

    /** Marks one of the current user's notifications read; another user's is reported as not found. */
    public NotificationView markRead(Long id) {
        Notification notification = notifications
                .findById(id)
                .filter(n -> n.getAccountId()
                        .equals(organisationService.currentUser().userId()))
                .orElseThrow(() -> new NotFoundException("notification", id));
        notification.markRead(clock.instant());
        return notification.toView();
    }

    public void markAllRead() {
        Long accountId = organisationService.currentUser().userId();
        notifications
                .findByAccountIdOrderByCreatedAtDescIdDesc(accountId, Pageable.unpaged())
                .forEach(n -> n.markRead(clock.instant()));
    }
}
