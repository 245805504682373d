package nl.matchpunt.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.matchpunt.clients.ClientProfile;
import nl.matchpunt.clients.ClientService;
import nl.matchpunt.clients.WaitingClient;
import nl.matchpunt.dwellings.AvailableDwelling;
import nl.matchpunt.dwellings.DwellingService;
import nl.matchpunt.matching.engine.CareProvider;
import nl.matchpunt.matching.engine.Client;
import nl.matchpunt.matching.engine.Contingent;
import nl.matchpunt.matching.engine.Dwelling;
import nl.matchpunt.matching.engine.MatchingInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Builds the engine's instance for a round from the live data: the available dwellings, the waiting clients
 * (eligible and not parked), the care providers' intake capacities, the contingent figures through the
 * {@link ContingentSource} port, and the placements per area in the last twelve months. Regions are passed to
 * the engine by their geography id, so that districts and areas never clash by name. A round offers only the
 * dwellings available by its reference date or within a few days after it
 * ({@code matchpunt.matching.round.available-within-days}): a vacancy that is not there yet waits for a later round.
 */
@Component
class RoundInputs {

    /** The instance, with the live records behind its ids. */
    record Inputs(
            MatchingInstance instance, Map<String, AvailableDwelling> dwellings, Map<String, WaitingClient> clients) {}

    private final DwellingService dwellings;

    private final ClientService clients;

    private final ObjectProvider<ContingentSource> contingentSource;

    private final AllocationRepository allocations;

    private final IntakeCapacityRepository capacities;

    private final int availableWithinDays;

    RoundInputs(
            DwellingService dwellings,
            ClientService clients,
            ObjectProvider<ContingentSource> contingentSource,
            AllocationRepository allocations,
            IntakeCapacityRepository capacities,
            @Value("${matchpunt.matching.round.available-within-days:7}") int availableWithinDays) {
        if (availableWithinDays < 0) {
            throw new IllegalArgumentException(
                    "matchpunt.matching.round.available-within-days cannot be negative: " + availableWithinDays);
        }
        this.availableWithinDays = availableWithinDays;
        this.dwellings = dwellings;
        this.clients = clients;
        this.contingentSource = contingentSource;
        this.allocations = allocations;
        this.capacities = capacities;
    }

    /** The last "available from" date a round on {@code referenceDate} offers: a few days ahead at most. */
    LocalDate availableBy(LocalDate referenceDate) {
        return referenceDate.plusDays(availableWithinDays);
    }

    /** The first round date that offers a vacancy available from {@code availableFrom}: the inverse of {@link #availableBy}. */
    LocalDate firstRoundOffering(LocalDate availableFrom) {
        return availableFrom.minusDays(availableWithinDays);
    }

    Inputs load(LocalDate referenceDate) {
        Map<String, AvailableDwelling> dwellingsById = new LinkedHashMap<>();
        List<Dwelling> engineDwellings = new ArrayList<>();
        LocalDate availableBy = availableBy(referenceDate);
        for (AvailableDwelling dwelling : dwellings.availableForMatching()) {
            if (dwelling.availableFrom().isAfter(availableBy)) {
                continue;
            }
            String id = dwelling.id().toString();
            dwellingsById.put(id, dwelling);
            engineDwellings.add(toEngine(dwelling));
        }
        Map<String, WaitingClient> clientsById = new LinkedHashMap<>();
        List<Client> engineClients = new ArrayList<>();
        Map<String, CareProvider> careProviders = new HashMap<>();
        for (WaitingClient client : clients.waitingForMatching(referenceDate)) {
            String id = client.id().toString();
            clientsById.put(id, client);
            engineClients.add(toEngine(client));
            careProviders.putIfAbsent(client.careProviderId().toString(), new CareProvider(null));
        }
        capacities.findAll().forEach(capacity -> {
            String provider = capacity.getCareProviderId().toString();
            if (careProviders.containsKey(provider)) {
                careProviders.put(provider, new CareProvider(capacity.getCapacity()));
            }
        });
        Map<String, Contingent> contingents = new HashMap<>();
        ContingentSource source = contingentSource.getIfAvailable();
        if (source != null) {
            source.contingents(referenceDate)
                    .forEach((group, figures) ->
                            contingents.put(group, new Contingent(figures.plannedYear(), figures.placedYearToDate())));
        }
        Map<String, Integer> areaPlacements = new HashMap<>();
        for (Object[] row : allocations.countPerAreaSince(referenceDate.minusMonths(12))) {
            areaPlacements.put((String) row[0], ((Number) row[1]).intValue());
        }
        MatchingInstance instance = new MatchingInstance(
                referenceDate, engineDwellings, engineClients, careProviders, contingents, areaPlacements);
        return new Inputs(instance, dwellingsById, clientsById);
    }

    /** An instance of one dwelling and one client, to score a single pair. */
    static Inputs single(AvailableDwelling dwelling, WaitingClient client, LocalDate referenceDate) {
        MatchingInstance instance = new MatchingInstance(
                referenceDate, List.of(toEngine(dwelling)), List.of(toEngine(client)), Map.of(), Map.of(), Map.of());
        return new Inputs(
                instance,
                Map.of(dwelling.id().toString(), dwelling),
                Map.of(client.id().toString(), client));
    }

    private static Dwelling toEngine(AvailableDwelling dwelling) {
        return new Dwelling(
                dwelling.id().toString(),
                dwelling.corporationId().toString(),
                dwelling.districtId().toString(),
                dwelling.areaId().toString(),
                dwelling.rent(),
                dwelling.rooms(),
                dwelling.floor(),
                dwelling.elevator(),
                dwelling.accessible(),
                dwelling.sharedEntrance());
    }

    private static Client toEngine(WaitingClient client) {
        ClientProfile profile = client.profile();
        List<String> excluded = profile.excludedRegionIds().stream()
                .map(String::valueOf)
                .sorted()
                .toList();
        return new Client(
                client.id().toString(),
                client.targetGroupCode(),
                client.careProviderId().toString(),
                client.eligibleSince(),
                profile.maxRent(),
                profile.minRooms(),
                profile.maxRooms(),
                profile.maxFloor(),
                profile.needsElevator(),
                profile.needsWheelchairAccess(),
                profile.needsOwnEntrance(),
                excluded,
                excluded,
                profile.preferredDistrictIds().stream()
                        .map(String::valueOf)
                        .sorted()
                        .toList(),
                profile.careTeamDistrictId() == null
                        ? null
                        : profile.careTeamDistrictId().toString());
    }
}
