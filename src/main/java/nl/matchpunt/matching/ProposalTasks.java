package nl.matchpunt.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.matchpunt.organisations.CurrentUser;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.shared.Task;
import nl.matchpunt.shared.TaskSource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits in matching: for a corporation or care provider, the sent proposals it has not answered (by the last
 * working day before the proposal stalls); for the coordinator, declines to confirm, stalled proposals to follow up
 * and an open round to finish.
 */
@Component
@Transactional(readOnly = true)
class ProposalTasks implements TaskSource {

    private final ProposalRepository proposals;

    private final MatchingRoundRepository rounds;

    private final ProposalService service;

    private final OrganisationService organisations;

    ProposalTasks(
            ProposalRepository proposals,
            MatchingRoundRepository rounds,
            ProposalService service,
            OrganisationService organisations) {
        this.proposals = proposals;
        this.rounds = rounds;
        this.service = service;
        this.organisations = organisations;
    }

    @Override
    public List<Task> tasksOfCurrentUser(LocalDate today) {
        CurrentUser user = organisations.currentUser();
        List<Task> tasks = new ArrayList<>();
        if (user.isCorporationStaff() || user.isCareProviderStaff()) {
            Party party = user.isCorporationStaff() ? Party.CORPORATION : Party.CARE_PROVIDER;
            List<Proposal> sent = party == Party.CORPORATION
                    ? proposals.findByStatusAndCorporationIdOrderBySentAtAscIdAsc(
                            ProposalStatus.SENT, user.organisationId())
                    : proposals.findByStatusAndCareProviderIdOrderBySentAtAscIdAsc(
                            ProposalStatus.SENT, user.organisationId());
            for (Proposal proposal : sent) {
                Instant sentAt = proposal.getSentAt();
                if (proposal.decisionOf(party) == null && sentAt != null) {
                    tasks.add(task("matching.task.answer", proposal, service.decideBy(sentAt)));
                }
            }
        } else if (user.isCoordinator()) {
            for (Proposal proposal : proposals.findByStatus(ProposalStatus.DECLINED)) {
                tasks.add(task("matching.task.confirmDecline", proposal, null));
            }
            for (Proposal proposal : proposals.findByStatus(ProposalStatus.SENT)) {
                Instant sentAt = proposal.getSentAt();
                if (sentAt != null && service.isStalled(proposal)) {
                    tasks.add(task("matching.task.stalled", proposal, service.stalledOn(sentAt)));
                }
            }
            for (MatchingRound round : rounds.findByStatusOrderByOpenedAtDescIdDesc(RoundStatus.OPEN)) {
                tasks.add(new Task(
                        "matching.task.finishRound",
                        List.of(String.valueOf(round.getWeek()), String.valueOf(round.getWeekYear())),
                        round.getReferenceDate(),
                        "/rounds/" + round.getId(),
                        null));
            }
        }
        return tasks.stream().limit(LIMIT).toList();
    }

    private static Task task(String message, Proposal proposal, @Nullable LocalDate due) {
        return new Task(
                message,
                List.of(proposal.getDwellingLabel(), proposal.getClientCode()),
                due,
                "/proposals/" + proposal.getId(),
                proposal.getClientId());
    }
}
