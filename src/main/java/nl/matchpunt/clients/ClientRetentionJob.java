package nl.matchpunt.clients;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import nl.matchpunt.shared.PersonalDataAccessed;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily jobs of the module: anonymises withdrawn and rejected clients once the retention period
 * ({@code matchpunt.clients.retention}, default two years) has passed since they were closed, and placed clients
 * once the period {@code matchpunt.clients.retention-after-case} (by default the same) has passed since their
 * placement case ended (learnt through the {@link PlacementEnds} port), and returns parked clients whose date has
 * come to the queue. Both take the date from the injectable clock.
 */
@Component
class ClientRetentionJob {

    private static final Logger log = LoggerFactory.getLogger(ClientRetentionJob.class);

    private final ClientRepository clients;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final Period retention;

    private final Period retentionAfterCase;

    private final ObjectProvider<PlacementEnds> placementEnds;

    ClientRetentionJob(
            ClientRepository clients,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${matchpunt.clients.retention:P2Y}") Period retention,
            @Value("${matchpunt.clients.retention-after-case:${matchpunt.clients.retention:P2Y}}")
                    Period retentionAfterCase,
            ObjectProvider<PlacementEnds> placementEnds) {
        this.clients = clients;
        this.events = events;
        this.clock = clock;
        this.retention = retention;
        this.retentionAfterCase = retentionAfterCase;
        this.placementEnds = placementEnds;
    }

    /** When the client's personal data will be anonymised, for the client page. */
    Retention retentionOf(ClientStatus status, Long id, @Nullable LocalDate closedOn) {
        if (status.isClosed() && closedOn != null) {
            return new Retention(closedOn.plus(retention), "clients.retention.on");
        }
        if (status == ClientStatus.PLACED) {
            PlacementEnds ends = placementEnds.getIfAvailable();
            Optional<LocalDate> ended = ends == null ? Optional.empty() : ends.caseEndedOn(id);
            return ended.map(on -> new Retention(on.plus(retentionAfterCase), "clients.retention.on"))
                    .orElseGet(() -> new Retention(null, "clients.retention.afterCase"));
        }
        return new Retention(null, "clients.retention.whileActive");
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
        return expired.size() + anonymisePlacedAfterCase(at);
    }

    /** Placed clients whose latest case ended at least the period after a case before the clock's date. */
    private int anonymisePlacedAfterCase(Clock at) {
        PlacementEnds ends = placementEnds.getIfAvailable();
        if (ends == null) {
            return 0;
        }
        LocalDate lastEnd = LocalDate.now(at).minus(retentionAfterCase);
        int anonymised = 0;
        for (Client client : clients.findAllById(ends.clientsWhoseCaseEndedOnOrBefore(lastEnd))) {
            if (client.getStatus() == ClientStatus.PLACED && client.getAnonymisedAt() == null) {
                client.anonymise(at.instant());
                events.publishEvent(new PersonalDataAccessed(
                        "ANONYMISE", ClientService.SUBJECT, client.getId().toString(), "retention period ended"));
                anonymised++;
            }
        }
        if (anonymised > 0) {
            log.info("Anonymised {} placed clients {} after their case ended", anonymised, retentionAfterCase);
        }
        return anonymised;
    }

    /** Returns parked clients whose date has come to the queue (ELIGIBLE); returns how many. */
    @Transactional
    int unparkDue(Clock at) {
        List<Client> due = clients.findByStatusAndParkedUntilLessThanEqual(ClientStatus.PARKED, LocalDate.now(at));
        due.forEach(client -> client.unpark(at.instant()));
        return due.size();
    }
}
