package nl.matchpunt.clients;

import java.util.Set;
import nl.matchpunt.organisations.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one place that decides what a viewer may see of a client: consent is a property of the data, so every read
 * model (pages, dashboard tables, charts and filters, exports, notifications, the API) asks here, not its page.
 *
 * <ul>
 *   <li>The coordinator (the municipality) sees every field of every client, and every figure in full.
 *   <li>The client's own care provider sees every field of its own clients.
 *   <li>A corporation sees a {@link SharedField} of a client only when the client consented to share it (and only
 *       once a proposal exists, which the caller checks); the client code is always shown, the BSN and date of
 *       birth never. In figures the same holds: a corporation's figures broken down by target group count only
 *       the clients whose consent shares the group ({@link #groupsOnlyWithConsent(CurrentUser)}).
 *   <li>Anyone else (another care provider, the administrator) sees no field.
 *   <li>For corporations and care providers, figures fine enough to single a person out are suppressed: a count
 *       from 1 up to the threshold (property {@code matchpunt.privacy.small-cell-threshold}, 5 by default) is shown
 *       as "&lt; 5", and what is derived from so few people (shares, medians, days) is left out.
 * </ul>
 */
@Component
public class ClientDisclosure {

    /** The threshold when the property is not set: counts under 5 are suppressed. */
    public static final int DEFAULT_SMALL_CELL_THRESHOLD = 5;

    private final int smallCellThreshold;

    public ClientDisclosure(
            @Value("${matchpunt.privacy.small-cell-threshold:" + DEFAULT_SMALL_CELL_THRESHOLD + "}")
                    int smallCellThreshold) {
        if (smallCellThreshold < 1) {
            throw new IllegalArgumentException("matchpunt.privacy.small-cell-threshold must be 1 or more");
        }
        this.smallCellThreshold = smallCellThreshold;
    }

    /** How much a viewer sees of the clients of one care provider. */
    public enum Access {
        /** every field: the coordinator, and a care provider for its own clients */
        FULL,
        /** only the fields the client consented to share: a corporation */
        CONSENTED,
        /** no field at all */
        NONE
    }

    /** How much {@code viewer} sees of a client of the care provider {@code careProviderId}. */
    public static Access access(CurrentUser viewer, Long careProviderId) {
        if (viewer.isCoordinator()) {
            return Access.FULL;
        }
        if (viewer.isCareProviderStaff() && viewer.organisationId().equals(careProviderId)) {
            return Access.FULL;
        }
        return viewer.isCorporationStaff() ? Access.CONSENTED : Access.NONE;
    }

    /** Whether {@code viewer} may see {@code field} of a client of {@code careProviderId} with this consent. */
    public static boolean mayShow(
            CurrentUser viewer, Long careProviderId, Set<SharedField> consent, SharedField field) {
        return mayShow(access(viewer, careProviderId), consent, field);
    }

    /** Whether a viewer with this access may see {@code field} of a client with this consent. */
    public static boolean mayShow(Access access, Set<SharedField> consent, SharedField field) {
        return switch (access) {
            case FULL -> true;
            case CONSENTED -> consent.contains(field);
            case NONE -> false;
        };
    }

    /**
     * Whether {@code viewer}'s figures per target group (tables, charts, the group filter) may count only clients
     * whose consent shares their group: true for a corporation, whose figures are over other organisations'
     * clients. A care provider's figures are over its own clients, the coordinator's over all.
     */
    public static boolean groupsOnlyWithConsent(CurrentUser viewer) {
        return viewer.isCorporationStaff();
    }

    /** Whether {@code viewer}'s figures have their small cells suppressed: everyone's but the coordinator's. */
    public boolean suppressesSmallCells(CurrentUser viewer) {
        return !viewer.isCoordinator();
    }

    /** Counts from 1 up to (not including) this number are suppressed for corporations and care providers. */
    public int smallCellThreshold() {
        return smallCellThreshold;
    }

    /** Whether a count of people is so small (1 up to the threshold) that it could single a person out. */
    public boolean isSmallCell(long count) {
        return count > 0 && count < smallCellThreshold;
    }
}
