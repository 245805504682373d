package nl.matchpunt.organisations;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.matchpunt.shared.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The module's public API: who is logged in, and the organisations by id, code or kind. Other modules scope
 * every query with {@link #currentUser()}.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    /**
     * The lists of organisations (all, or of one kind) that forms, filters and names on nearly every page ask for,
     * kept for {@link #KEPT} by Caffeine: two of a list page's eight queries. A change through {@link AccountService}
     * drops them at once on this instance; another instance sees it within {@link #KEPT}.
     */
    static final Duration KEPT = Duration.ofSeconds(30);

    private final OrganisationRepository organisations;

    private final LoadingCache<Optional<OrganisationType>, List<OrganisationSummary>> lists;

    OrganisationService(OrganisationRepository organisations) {
        this.organisations = organisations;
        this.lists = Caffeine.newBuilder().expireAfterWrite(KEPT).build(this::load);
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
        return lists.get(Optional.empty());
    }

    public List<OrganisationSummary> ofType(OrganisationType type) {
        return lists.get(Optional.of(type));
    }

    /** Drops the kept lists now and again when the current transaction commits (it changed an organisation). */
    void forget() {
        lists.invalidateAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    lists.invalidateAll();
                }
            });
        }
    }

    private List<OrganisationSummary> load(Optional<OrganisationType> type) {
        return (type.isPresent()
                        ? organisations.findByTypeOrderByNameAsc(type.get())
                        : organisations.findAllByOrderByTypeAscNameAsc())
                .stream().map(OrganisationSummary::of).toList();
    }
}
