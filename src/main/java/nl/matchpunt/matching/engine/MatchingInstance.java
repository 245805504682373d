package nl.matchpunt.matching.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one round needs: the vacancies, the waiting clients and the context of the round.
 *
 * @param referenceDate the date of the round; waiting time is counted up to it
 * @param dwellings the vacancies, ids unique
 * @param clients the waiting clients, ids unique
 * @param careProviders intake capacities by care-provider id (may be empty)
 * @param contingents yearly plans by target group (may be empty)
 * @param areaPlacementsLast12Months placements per area in the last 12 months (may be empty)
 */
public record MatchingInstance(
        LocalDate referenceDate,
        List<Dwelling> dwellings,
        List<Client> clients,
        Map<String, CareProvider> careProviders,
        Map<String, Contingent> contingents,
        Map<String, Integer> areaPlacementsLast12Months) {

    public MatchingInstance {
        Objects.requireNonNull(referenceDate, "referenceDate");
        dwellings = List.copyOf(dwellings);
        clients = List.copyOf(clients);
        careProviders = Map.copyOf(careProviders);
        contingents = Map.copyOf(contingents);
        areaPlacementsLast12Months = Map.copyOf(areaPlacementsLast12Months);
    }
}
