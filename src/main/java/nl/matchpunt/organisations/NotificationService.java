package nl.matchpunt.organisations;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.matchpunt.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications: other modules notify the accounts of an organisation with a role (for example the
 * corporation staff of the dwelling's corporation, or all coordinators); each user reads their own, grouped by what
 * they are about. When mail is configured, each notification is also mailed to the account's address, or, for an
 * account that chose the daily digest, gathered into one mail each working morning ({@link NotificationDigestJob}).
 */
@Service
@Transactional
public class NotificationService {

    /** Notifications shown per group in the list; the group says how many earlier ones there are. */
    public static final int SHOWN_PER_GROUP = 5;

    /** A client code in a notification's arguments, such as C-2026-0828: the group's subject. */
    private static final Pattern CLIENT_CODE = Pattern.compile("^C-\\d{4}-\\d+$");

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
                if (!account.isDailyDigest()) {
                    mail.send(account, messageKey, args, link);
                }
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

    /**
     * The current user's notifications grouped by what they are about (a case, a proposal, ...), the group with
     * the newest notification first; {@code unreadOnly} leaves out what has been read.
     */
    @Transactional(readOnly = true)
    public Page<NotificationGroup> grouped(boolean unreadOnly, Pageable pageable) {
        Long accountId = organisationService.currentUser().userId();
        List<Object[]> subjects = notifications.subjects(accountId, unreadOnly, pageable);
        long total = notifications.countSubjects(accountId, unreadOnly);
        Map<String, List<NotificationView>> byLink = new LinkedHashMap<>();
        subjects.forEach(row -> byLink.put((String) row[0], new ArrayList<>()));
        if (!byLink.isEmpty()) {
            for (Notification n : notifications.about(accountId, byLink.keySet(), unreadOnly)) {
                List<NotificationView> shown = byLink.get(n.getLink() == null ? "" : n.getLink());
                if (shown != null && shown.size() < SHOWN_PER_GROUP) {
                    shown.add(n.toView());
                }
            }
        }
        List<NotificationGroup> groups = new ArrayList<>();
        for (Object[] row : subjects) {
            String link = (String) row[0];
            List<NotificationView> shown = byLink.get(link);
            groups.add(new NotificationGroup(
                    link.isEmpty() ? null : link,
                    kind(link),
                    subject(shown),
                    ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue(),
                    (Instant) row[1],
                    shown));
        }
        return new PageImpl<>(groups, pageable, total);
    }

    /**
     * Marks every notification of the current user about {@code link} read and returns the link as stored (never
     * the one asked for, so that this cannot send anyone elsewhere); not found when the user has none about it.
     */
    public String openGroup(String link) {
        Long accountId = organisationService.currentUser().userId();
        if (link.isEmpty() || !notifications.existsByAccountIdAndLink(accountId, link)) {
            throw new NotFoundException("notification", link);
        }
        Instant now = clock.instant();
        List<Notification> unread = notifications.unreadAbout(accountId, link);
        unread.forEach(n -> n.markRead(now));
        String stored =
                notifications.about(accountId, List.of(link), false).get(0).getLink();
        return stored == null ? "/notifications" : stored;
    }

    /** Whether the current user takes their notifications as a daily digest, and whether they can (an address). */
    @Transactional(readOnly = true)
    public DigestChoice digestChoice() {
        UserAccount account = currentAccount();
        String email = account.getEmail();
        return new DigestChoice(account.isDailyDigest(), email != null && !email.isBlank());
    }

    /** Switches the current user's daily digest on or off. */
    public void chooseDailyDigest(boolean daily) {
        currentAccount().chooseDailyDigest(daily, clock.instant());
    }

    /** @param daily whether the digest is on
     * @param possible whether the account has an e-mail address to send it to */
    public record DigestChoice(boolean daily, boolean possible) {}

    /**
     * Mails each account that chose the digest its unread notifications that arrived since its last digest, in one
     * mail; an account with nothing new gets no mail. Returns the number of digests sent.
     */
    public int sendDigests() {
        Instant now = clock.instant();
        int sent = 0;
        for (Digest digest : digestsDue()) {
            UserAccount account = accounts.findById(digest.accountId()).orElseThrow();
            if (mail.sendDigest(account, digest.notifications())) {
                account.digestSent(now);
                sent++;
            }
        }
        return sent;
    }

    /** One account's digest: its unread notifications since the last digest, oldest first. */
    record Digest(Long accountId, List<NotificationView> notifications) {}

    /** The digests that are due now: one per enabled account that chose the digest and has something new. */
    List<Digest> digestsDue() {
        List<Digest> due = new ArrayList<>();
        for (UserAccount account : accounts.findByDailyDigestTrueAndEnabledTrueOrderById()) {
            Instant since = account.getDigestSentUpTo() == null ? Instant.EPOCH : account.getDigestSentUpTo();
            List<NotificationView> unread = notifications
                    .findByAccountIdAndReadAtIsNullAndCreatedAtAfterOrderByCreatedAtAscIdAsc(account.getId(), since)
                    .stream()
                    .map(Notification::toView)
                    .toList();
            if (!unread.isEmpty()) {
                due.add(new Digest(account.getId(), unread));
            }
        }
        return due;
    }

    private UserAccount currentAccount() {
        Long accountId = organisationService.currentUser().userId();
        return accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
    }

    /** What the link points to, as the message key of its kind. */
    private static String kind(String link) {
        if (link.startsWith("/cases/")) {
            return "notifications.kind.case";
        } else if (link.startsWith("/proposals/")) {
            return "notifications.kind.proposal";
        } else if (link.startsWith("/rounds/")) {
            return "notifications.kind.round";
        } else if (link.startsWith("/clients/")) {
            return "notifications.kind.client";
        } else if (link.startsWith("/dwellings/")) {
            return "notifications.kind.dwelling";
        }
        return "notifications.kind.other";
    }

    private static @Nullable String subject(List<NotificationView> shown) {
        for (NotificationView view : shown) {
            for (String argument : view.args()) {
                Matcher code = CLIENT_CODE.matcher(argument);
                if (code.matches()) {
                    return argument;
                }
            }
        }
        return null;
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
