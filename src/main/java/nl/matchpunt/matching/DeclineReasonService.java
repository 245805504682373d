package nl.matchpunt.matching;

import java.util.List;
import java.util.Locale;
import nl.matchpunt.shared.DomainException;
import nl.matchpunt.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator keeps the list of decline reasons and their consequences. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class DeclineReasonService {

    private final DeclineReasonRepository reasons;

    DeclineReasonService(DeclineReasonRepository reasons) {
        this.reasons = reasons;
    }

    @Transactional(readOnly = true)
    public List<DeclineReason> all() {
        return reasons.findAllByOrderBySortOrderAscIdAsc();
    }

    @Transactional(readOnly = true)
    public DeclineReason get(Long id) {
        return reasons.findById(id).orElseThrow(() -> new NotFoundException("decline reason", id));
    }

    public DeclineReason create(
            String code,
            String nameNl,
            String nameEn,
            DeclinePartyScope party,
            DeclineConsequence consequence,
            @Nullable Integer parkDays,
            boolean alertCoordinator) {
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        if (reasons.findByCode(normalised).isPresent()) {
            throw new DomainException("matching.reasons.code.taken");
        }
        requireParkDays(consequence, parkDays);
        int sortOrder = reasons.findAll().size() * 10 + 10;
        return reasons.save(new DeclineReason(
                normalised,
                nameNl.strip(),
                nameEn.strip(),
                party,
                consequence,
                consequence == DeclineConsequence.PARK_CLIENT ? parkDays : null,
                alertCoordinator,
                sortOrder));
    }

    public void change(
            Long id,
            String nameNl,
            String nameEn,
            DeclinePartyScope party,
            DeclineConsequence consequence,
            @Nullable Integer parkDays,
            boolean alertCoordinator,
            boolean active) {
        requireParkDays(consequence, parkDays);
        get(id).change(nameNl.strip(), nameEn.strip(), party, consequence, parkDays, alertCoordinator, active);
    }

    private static void requireParkDays(DeclineConsequence consequence, @Nullable Integer parkDays) {
        if (consequence == DeclineConsequence.PARK_CLIENT && (parkDays == null || parkDays < 1)) {
            throw new DomainException("matching.reasons.parkDays.required");
        }
    }
}
