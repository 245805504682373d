package nl.matchpunt.matching;

import static nl.matchpunt.clients.ClientRecordSource.named;
import static nl.matchpunt.clients.ClientRecordSource.put;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.matchpunt.clients.ClientRecordPart;
import nl.matchpunt.clients.ClientRecordSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implements the clients module's port for the subject-access export: every proposal made for the client, with
 * each party's decision, and every event of those proposals (sent, accepted, declined with reason and note).
 */
@Component
@Order(1)
@Transactional(readOnly = true)
class ProposalClientRecords implements ClientRecordSource {

    private final ProposalRepository proposals;

    private final ProposalEventRepository events;

    private final DeclineReasonRepository reasons;

    ProposalClientRecords(
            ProposalRepository proposals, ProposalEventRepository events, DeclineReasonRepository reasons) {
        this.proposals = proposals;
        this.events = events;
        this.reasons = reasons;
    }

    @Override
    public List<ClientRecordPart> about(Long clientId) {
        List<Proposal> found = proposals.findByClientIdOrderByIdAsc(clientId);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Map<String, String>> proposalEntries = new ArrayList<>();
        List<Map<String, String>> decisionEntries = new ArrayList<>();
        for (Proposal proposal : found) {
            Map<String, String> entry = new LinkedHashMap<>();
            put(entry, "proposalId", proposal.getId());
            put(entry, "roundId", proposal.getRoundId());
            put(entry, "dwelling", proposal.getDwellingLabel());
            put(entry, "district", proposal.getDistrict() + " / " + proposal.getArea());
            put(entry, "status", proposal.getStatus());
            put(entry, "score", proposal.getScore());
            put(entry, "sentAt", proposal.getSentAt());
            put(entry, "corporationDecision", proposal.getCorporationDecision());
            put(entry, "providerDecision", proposal.getProviderDecision());
            put(entry, "declinedBy", proposal.getDeclinedBy());
            put(entry, "declineReason", proposal.getDeclineReasonCode());
            put(entry, "closedAt", proposal.getClosedAt());
            proposalEntries.add(entry);
            for (ProposalEvent event : events.findByProposalIdOrderByOccurredAtAscIdAsc(proposal.getId())) {
                Map<String, String> decision = new LinkedHashMap<>();
                put(decision, "proposalId", proposal.getId());
                put(decision, "occurredAt", event.getOccurredAt());
                put(decision, "kind", event.getKind());
                put(decision, "username", event.getUsername());
                put(decision, "declineReason", event.getReasonCode());
                put(decision, "note", event.getShownNote());
                decisionEntries.add(decision);
            }
        }
        List<Long> ids = found.stream().map(Proposal::getId).toList();
        return List.of(
                new ClientRecordPart("proposals", proposalEntries, "PROPOSAL", ids),
                new ClientRecordPart("decisions", decisionEntries, "PROPOSAL", List.of()));
    }

    @Override
    public @Nullable MessageSourceResolvable label(
            String section, String field, String value, Map<String, String> entry) {
        if (!section.equals("proposals") && !section.equals("decisions")) {
            return null;
        }
        return switch (field) {
            case "status" -> named("matching.status." + value, value);
            case "corporationDecision", "providerDecision" -> named("matching.decision." + value, value);
            case "declinedBy" -> named("matching.reasons.party." + value, value);
            case "kind" -> named("matching.event." + value, value);
            case "declineReason" ->
                reasons.findByCode(value)
                        .map(reason -> named(null, reason.name(LocaleContextHolder.getLocale())))
                        .orElse(null);
            default -> null;
        };
    }
}
