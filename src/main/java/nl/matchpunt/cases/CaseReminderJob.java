package nl.matchpunt.cases;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily reminder run (06:00 Amsterdam time). With several app instances only one runs it: ShedLock takes a
 * lock in the {@code shedlock} table first.
 */
@Component
public class CaseReminderJob {

    private static final Logger log = LoggerFactory.getLogger(CaseReminderJob.class);

    private final CaseReminders reminders;

    private final Clock clock;

    public CaseReminderJob(CaseReminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(cron = "${matchpunt.cases.reminder-cron:0 0 6 * * *}", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "cases-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        int created = reminders.remind(LocalDate.now(clock));
        log.info("Case reminders: {} notifications created", created);
    }
}
