package nl.matchpunt.cases;

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
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implements the clients module's port for the subject-access export: the client's placement case(s) with their
 * timeline, and the signals reported in them with the responses.
 */
@Component
@Order(2)
@Transactional(readOnly = true)
class CaseClientRecords implements ClientRecordSource {

    private final PlacementCaseRepository cases;

    CaseClientRecords(PlacementCaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public List<ClientRecordPart> about(Long clientId) {
        List<PlacementCase> found = cases.findByClientIdOrderByIdAsc(clientId);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Map<String, String>> caseEntries = new ArrayList<>();
        List<Map<String, String>> timelineEntries = new ArrayList<>();
        List<Map<String, String>> signalEntries = new ArrayList<>();
        for (PlacementCase c : found) {
            Map<String, String> entry = new LinkedHashMap<>();
            put(entry, "caseId", c.getId());
            put(entry, "dwelling", c.getDwellingAddress());
            put(entry, "phase", c.getPhase());
            put(entry, "phaseSince", c.getPhaseSince());
            put(entry, "closedOn", c.getClosedOn());
            put(entry, "endReason", c.getEndReason());
            caseEntries.add(entry);
            for (CaseEvent event : c.getTimeline()) {
                Map<String, String> line = new LinkedHashMap<>();
                put(line, "caseId", c.getId());
                put(line, "happenedOn", event.getHappenedOn());
                put(line, "kind", event.getKind());
                put(line, "username", event.getActorName());
                put(line, "argument", event.getArgument());
                put(line, "note", event.getDetail());
                timelineEntries.add(line);
            }
            for (CaseSignal signal : c.getSignals()) {
                Map<String, String> line = new LinkedHashMap<>();
                put(line, "caseId", c.getId());
                put(line, "signalKind", signal.getKind());
                put(line, "reportedOn", signal.getReportedOn());
                put(line, "username", signal.getReportedBy());
                put(line, "description", signal.getDescription());
                put(line, "response", signal.getResponse());
                put(line, "respondedOn", signal.getRespondedOn());
                put(line, "escalatedOn", signal.getEscalatedOn());
                signalEntries.add(line);
            }
        }
        List<Long> ids = found.stream().map(PlacementCase::getId).toList();
        return List.of(
                new ClientRecordPart("case", caseEntries, "PLACEMENT_CASE", ids),
                new ClientRecordPart("timeline", timelineEntries, "PLACEMENT_CASE", List.of()),
                new ClientRecordPart("signals", signalEntries, "PLACEMENT_CASE", List.of()));
    }

    @Override
    public @Nullable MessageSourceResolvable label(
            String section, String field, String value, Map<String, String> entry) {
        return switch (section + "." + field) {
            case "case.phase" -> named("cases.phase." + value, value);
            case "case.endReason" -> named("cases.endReason." + value, value);
            case "signals.signalKind" -> named("cases.signalKind." + value, value);
            case "timeline.kind" -> timelineLine(value, entry.get("argument"));
            case "timeline.argument" -> argumentName(entry.get("kind"), value);
            default -> null;
        };
    }

    /** A timeline line as the case page words it, its argument (a number, a signal's kind) named too. */
    private static MessageSourceResolvable timelineLine(String kind, @Nullable String argument) {
        Object shownArgument = argument == null ? "" : argumentName(kind, argument);
        return new DefaultMessageSourceResolvable(
                new String[] {"cases.timeline." + kind}, new Object[] {shownArgument}, kind);
    }

    private static MessageSourceResolvable argumentName(@Nullable String kind, String argument) {
        String key = null;
        try {
            key = kind == null ? null : CaseViews.argumentKey(TimelineKind.valueOf(kind), argument);
        } catch (IllegalArgumentException unknownKind) {
            // a kind this version no longer knows: the argument is shown as stored
        }
        String shown = CaseViews.argument(argument);
        return named(key, shown == null ? argument : shown);
    }
}
