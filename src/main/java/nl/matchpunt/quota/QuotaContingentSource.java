package nl.matchpunt.quota;

import java.time.LocalDate;
import java.util.Map;
import nl.matchpunt.matching.ContingentSource;
import org.springframework.stereotype.Component;

/** Matching's contingent port, answered from the active plan and the ledger. */
@Component
class QuotaContingentSource implements ContingentSource {

    private final QuotaService quota;

    QuotaContingentSource(QuotaService quota) {
        this.quota = quota;
    }

    @Override
    public Map<String, ContingentFigures> contingents(LocalDate referenceDate) {
        return quota.contingents(referenceDate);
    }
}
