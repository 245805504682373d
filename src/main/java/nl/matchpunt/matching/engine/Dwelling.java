package nl.matchpunt.matching.engine;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A vacant dwelling (vrijkomende woning) offered in a round.
 *
 * @param id unique id within the round
 * @param corporation the housing corporation, if known
 * @param district the district (stadsdeel)
 * @param area the area (gebied) within the district
 * @param rent the monthly rent in euros
 * @param rooms the number of rooms
 * @param floor the floor, 0 is the ground floor
 * @param elevator whether the building has an elevator
 * @param accessible whether the dwelling is wheelchair-accessible
 * @param sharedEntrance whether the entrance is shared with other dwellings
 */
public record Dwelling(
        String id,
        @Nullable String corporation,
        String district,
        String area,
        BigDecimal rent,
        int rooms,
        int floor,
        boolean elevator,
        boolean accessible,
        boolean sharedEntrance) {

    public Dwelling {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(rent, "rent");
    }

    /** Whether the dwelling can be reached without stairs: on the ground floor or with an elevator. */
    public boolean stepFree() {
        return floor == 0 || elevator;
    }
}
