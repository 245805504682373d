package nl.matchpunt.cases;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A case as one row of the list. */
public record CaseSummary(
        Long id,
        String clientCode,
        String dwellingAddress,
        String corporationName,
        String careProviderName,
        CasePhase phase,
        LocalDate phaseSince,
        @Nullable LocalDate nextDue,
        boolean overdue) {}
