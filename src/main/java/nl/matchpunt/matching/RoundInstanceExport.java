package nl.matchpunt.matching;

import java.util.List;
import nl.matchpunt.matching.engine.Client;
import nl.matchpunt.matching.engine.MatchingInstance;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.shared.DomainException;
import nl.matchpunt.shared.NotFoundException;
import nl.matchpunt.shared.PersonalDataListed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open round as the command line's instance file (MATCHING.md), for a what-if: the coordinator downloads it,
 * changes a weight or a profile and runs {@code match --input} on it. The instance is built by the same
 * {@link RoundInputs} as the round itself, on the round's reference date, so {@code match} on the unchanged file
 * proposes what the round proposed when nothing changed since it was opened.
 *
 * <p>The file names clients by their database id with their target group, care provider and housing-need
 * requirements (no name, BSN or client code); it is still personal data, so the download is recorded in the audit,
 * one record per client it holds.
 */
@Service
@Transactional(readOnly = true)
public class RoundInstanceExport {

    private final MatchingRoundRepository rounds;

    private final RoundInputs inputs;

    private final OrganisationService organisations;

    private final ApplicationEventPublisher publisher;

    RoundInstanceExport(
            MatchingRoundRepository rounds,
            RoundInputs inputs,
            OrganisationService organisations,
            ApplicationEventPublisher publisher) {
        this.rounds = rounds;
        this.inputs = inputs;
        this.organisations = organisations;
        this.publisher = publisher;
    }

    /** The open round's instance; a round that is confirmed or cancelled is refused (its data has moved on). */
    public MatchingInstance instance(Long roundId) {
        if (!organisations.currentUser().isCoordinator()) {
            throw new AccessDeniedException("coordinator only");
        }
        MatchingRound round = rounds.findById(roundId).orElseThrow(() -> new NotFoundException("round", roundId));
        if (round.getStatus() != RoundStatus.OPEN) {
            throw new DomainException("matching.round.instanceOnlyOpen");
        }
        MatchingInstance instance = inputs.load(round.getReferenceDate()).instance();
        List<String> clients = instance.clients().stream().map(Client::id).toList();
        publisher.publishEvent(new PersonalDataListed("EXPORT", "CLIENT", clients, "round-instance"));
        return instance;
    }

    /** The file name of a round's instance, e.g. {@code ronde-week-49-2026.json}. */
    public String fileName(Long roundId) {
        MatchingRound round = rounds.findById(roundId).orElseThrow(() -> new NotFoundException("round", roundId));
        return "ronde-week-" + round.getWeek() + "-" + round.getWeekYear() + ".json";
    }
}
