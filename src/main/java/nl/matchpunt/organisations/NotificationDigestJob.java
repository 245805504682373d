package nl.matchpunt.organisations;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily digest of notifications, each working morning at 07:00 Amsterdam time, for the accounts that chose it.
 * With several app instances only one sends it: ShedLock takes a lock in the {@code shedlock} table first.
 */
@Component
public class NotificationDigestJob {

    private static final Logger log = LoggerFactory.getLogger(NotificationDigestJob.class);

    private final NotificationService notifications;

    public NotificationDigestJob(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Scheduled(cron = "${matchpunt.notifications.digest-cron:0 0 7 * * MON-FRI}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "notification-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        int sent = notifications.sendDigests();
        log.info("Notification digests: {} sent", sent);
    }
}
