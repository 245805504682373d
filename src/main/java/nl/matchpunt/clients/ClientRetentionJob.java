package nl.matchpunt.clients;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import nl.matchpunt.shared.PersonalDataAccessed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily jobs of the module: anonymises withdrawn and rejected clients once the retention period
 * ({@code matchpunt.clients.retention}, default two years) has passed since they were closed, and returns
 * parked clients whose date has come to the queue. Both take the date from the injectable clock.
 */
@Component
class ClientRetentionJob {

    private static final Logger log = LoggerFactory.getLogger(ClientRetentionJob.class);

    private final ClientRepository clients;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final Period retention;

    ClientRetentionJob(
            ClientRepository clients,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${matchpunt.clients.retention:P2Y}") Period retention) {
        this.clients = clients;
        this.events = events;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(cron = "${matchpunt.clients.daily-job:0 15 2 * * *}", zone = "Europe/Amsterdam")
    void runDaily() {
        unparkDue(clock);
        anonymiseExpired(clock);
    }

    /** Anonymises every closed client whose retention period has ended on the clock's date; returns how many. */
    @Transactional
    int anonymiseExpired(Clock at) {
        LocalDate today = LocalDate.now(at);
        List<Client> expired = clients.findByStatusInAndClosedOnLessThanEqualAndAnonymisedAtIsNull(
                ClientStatus.CLOSED, today.minus(retention));
        for (Client client : expired) {
            client.anonymise(at.instant());
            events.publishEvent(new PersonalDataAccessed(
                    "ANONYMISE", ClientService.SUBJECT, client.getId().toString(), "retention period ended"));
        }
        if (!expired.isEmpty()) {
            log.info("Anonymised {} clients after the retention period of {}", expired.size(), retention);
        }
        return expired.size();
    }

    /** Returns parked clients whose date has come to the queue (ELIGIBLE); returns how many. */
    @Transactional
    int unparkDue(Clock at) {
        List<Client> due = clients.findByStatusAndParkedUntilLessThanEqual(ClientStatus.PARKED, LocalDate.now(at));
        due.forEach(client -> client.unpark(at.instant()));
        return due.size();
    }
}
