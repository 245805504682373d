package nl.matchpunt.organisations;

import java.util.List;
import java.util.Optional;
import nl.matchpunt.shared.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's public API: who is logged in, and the organisations by id, code or kind. Other modules scope
 * every query with {@link #currentUser()}.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private final OrganisationRepository organisations;

    OrganisationService(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    /** The logged-in user; throws when there is none (a programming error: the URL rules require login). */
    public CurrentUser currentUser() {
        return findCurrentUser().orElseThrow(() -> new IllegalStateException("no user is logged in"));
    }

    /** The logged-in user, if any (empty for scheduled jobs and anonymous requests). */
    public Optional<CurrentUser> findCurrentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof MatchpuntUserDetails details) {
            return Optional.of(details.currentUser());
        }
        return Optional.empty();
    }

    public OrganisationSummary get(Long id) {
        return organisations
                .findById(id)
                .map(OrganisationSummary::of)
                .orElseThrow(() -> new NotFoundException("organisation", id));
    }

    public Optional<OrganisationSummary> findByCode(String code) {
        return organisations.findByCode(code).map(OrganisationSummary::of);
    }

    public List<OrganisationSummary> all() {
        return organisations.findAllByOrderByTypeAscNameAsc().stream()
                .map(OrganisationSummary::of)
                .toList();
    }

    public List<OrganisationSummary> ofType(OrganisationType type) {
        return organisations.findByTypeOrderByNameAsc(type).stream()
                .map(OrganisationSummary::of)
                .toList();
    }
}
