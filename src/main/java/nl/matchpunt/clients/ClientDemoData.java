package nl.matchpunt.clients;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import nl.matchpunt.clients.internal.BsnProtector;
import nl.matchpunt.geography.GeographyService;
import nl.matchpunt.geography.Region;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.organisations.OrganisationSummary;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo clients across the target groups and the three demo care providers: a few hundred waiting (eligible
 * from days to over three months ago), some submitted, a few drafts, others placed over the past two and a half years, a few
 * rejected or withdrawn. Every name and number is visibly fictional; BSNs come from the test range 99999xxxx.
 * Created once, with a fixed seed, in JDBC batches.
 */
@Component
@ConditionalOnBooleanProperty("matchpunt.demo")
@Order(ClientDemoData.ORDER)
class ClientDemoData implements ApplicationRunner {

    static final int ORDER = 30;

    private static final Logger log = LoggerFactory.getLogger(ClientDemoData.class);

    private static final List<String> CARE_PROVIDERS = List.of("hvo-querido", "leger-des-heils", "de-volksbond");

    private static final List<String> FIRST_NAMES = List.of(
            "Sam", "Noor", "Jesse", "Mila", "Daan", "Fatima", "Kees", "Anouk", "Mohamed", "Iris", "Ruben", "Yara",
            "Tim", "Sanne", "Ahmed", "Lotte", "Bram", "Esra", "Joris", "Naomi", "Rik", "Aylin", "Thijs", "Femke");

    private static final List<String> LAST_NAMES = List.of(
            "Jansen",
            "de Vries",
            "Bakker",
            "Visser",
            "Smit",
            "Meijer",
            "de Boer",
            "Mulder",
            "Bos",
            "Vos",
            "Peters",
            "Hendriks",
            "Dekker",
            "Brouwer",
            "de Wit",
            "Dijkstra",
            "Kaya",
            "El Amrani",
            "Yilmaz",
            "Pinas");

    private static final List<String> LOCATIONS = List.of(
            "Demo-opvang Noord",
            "Demo-opvang West",
            "Demo beschermd wonen Oost",
            "Demo-crisisopvang Centrum",
            "Demo jongerenopvang Zuid",
            "Demo beschermd wonen Nieuw-West");

    private static final Map<ClientStatus, Integer> COUNTS = Map.of(
            ClientStatus.ELIGIBLE, 330,
            ClientStatus.PARKED, 8,
            ClientStatus.SUBMITTED, 28,
            ClientStatus.DRAFT, 10,
            ClientStatus.PLACED, 420,
            ClientStatus.REJECTED, 7,
            ClientStatus.WITHDRAWN, 9);

    private static final String INSERT = """
            insert into client (client_code, care_provider_id, status, name, date_of_birth, bsn_encrypted, bsn_index,
                phone, email, supervisor_name, supervisor_phone, supervisor_email, target_group_id, adults, children,
                income_band, current_location, max_rent, min_rooms, max_rooms, max_floor, needs_elevator,
                needs_wheelchair_access, needs_own_entrance, exclusion_reason, care_team_district_id,
                ground_floor_preferred, quiet_surroundings, careful_matching, profile_note, submitted_at,
                eligible_since, decided_by, rejection_reason, parked_until, park_reason, withdrawal_reason, placed_on,
                closed_on, created_at, updated_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

    private final JdbcTemplate jdbc;

    private final ClientRepository clients;

    private final TargetGroupRepository targetGroups;

    private final OrganisationService organisations;

    private final GeographyService geography;

    private final BsnProtector bsnProtector;

    private final Clock clock;

    ClientDemoData(
            JdbcTemplate jdbc,
            ClientRepository clients,
            TargetGroupRepository targetGroups,
            OrganisationService organisations,
            GeographyService geography,
            BsnProtector bsnProtector,
            Clock clock) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.targetGroups = targetGroups;
        this.organisations = organisations;
        this.geography = geography;
        this.bsnProtector = bsnProtector;
        this.clock = clock;
    }

    /** One demo client before it is inserted, with its region and consent rows. */
    private record Row(
            String code, Object[] values, Set<Long> excluded, Set<Long> preferred, Set<SharedField> shared) {}

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (clients.count() > 0) {
            return;
        }
        List<Long> careProviders = CARE_PROVIDERS.stream()
                .map(organisations::findByCode)
                .flatMap(Optional::stream)
                .map(OrganisationSummary::id)
                .toList();
        if (careProviders.isEmpty()) {
            return;
        }
        Random random = new Random(20260430L);
        List<TargetGroup> groups = targetGroups.findAllByOrderBySortOrderAscNameAsc().stream()
                .filter(TargetGroup::isActive)
                .toList();
        List<Long> districts = geography.districts().stream().map(Region::id).toList();
        List<Long> areas = geography.areas().stream().map(Region::id).toList();
        BsnSource bsns = new BsnSource();
        List<Row> rows = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        int number = 0;
        for (ClientStatus status : ClientStatus.values()) {
            for (int i = 0; i < COUNTS.getOrDefault(status, 0); i++) {
                number++;
                rows.add(row(
                        status,
                        number,
                        careProviders.get(random.nextInt(careProviders.size())),
                        groups.get(weightedGroup(random, groups.size())),
                        districts,
                        areas,
                        bsns.next(),
                        today,
                        random));
            }
        }
        jdbc.batchUpdate(INSERT, rows.stream().map(Row::values).toList());
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select id, client_code from client", rs -> {
            ids.put(rs.getString(2), rs.getLong(1));
        });
        List<Object[]> excluded = new ArrayList<>();
        List<Object[]> preferred = new ArrayList<>();
        List<Object[]> shared = new ArrayList<>();
        for (Row row : rows) {
            Long id = ids.get(row.code());
            row.excluded().forEach(region -> excluded.add(new Object[] {id, region}));
            row.preferred().forEach(region -> preferred.add(new Object[] {id, region}));
            row.shared().forEach(field -> shared.add(new Object[] {id, field.name()}));
        }
        jdbc.batchUpdate("insert into client_excluded_region (client_id, region_id) values (?, ?)", excluded);
        jdbc.batchUpdate("insert into client_preferred_region (client_id, region_id) values (?, ?)", preferred);
        jdbc.batchUpdate("insert into client_shared_field (client_id, field) values (?, ?)", shared);
        log.info("Demo clients created: {}", rows.size());
    }

    /** Groups with support (the first nine) are chosen about three times as often as the others. */
    private static int weightedGroup(Random random, int size) {
        int withSupport = Math.min(9, size);
        return random.nextInt(4) < 3 ? random.nextInt(withSupport) : random.nextInt(size);
    }

    private Row row(
            ClientStatus status,
            int number,
            Long careProviderId,
            TargetGroup group,
            List<Long> districts,
            List<Long> areas,
            String bsn,
            LocalDate today,
            Random random) {
        // Dates, backwards from the decisive one.
        LocalDate placedOn = null;
        LocalDate eligibleSince = null;
        LocalDate parkedUntil = null;
        LocalDate closedOn = null;
        LocalDate submittedOn;
        switch (status) {
            case PLACED -> {
                placedOn = today.minusDays(1 + random.nextInt(900));
                eligibleSince = placedOn.minusDays(14 + random.nextInt(140));
                submittedOn = eligibleSince.minusDays(3 + random.nextInt(20));
            }
            case ELIGIBLE, PARKED -> {
                eligibleSince = today.minusDays(2 + random.nextInt(130));
                submittedOn = eligibleSince.minusDays(3 + random.nextInt(20));
                if (status == ClientStatus.PARKED) {
                    parkedUntil = today.plusDays(7 + random.nextInt(50));
                }
            }
            case SUBMITTED -> submittedOn = today.minusDays(random.nextInt(25));
            case REJECTED, WITHDRAWN -> {
                closedOn = today.minusDays(5 + random.nextInt(300));
                submittedOn = closedOn.minusDays(3 + random.nextInt(40));
            }
            default -> submittedOn = today.minusDays(random.nextInt(10));
        }
        LocalDate createdOn = submittedOn.minusDays(1 + random.nextInt(14));
        String code = ClientCodes.format(createdOn.getYear(), clients.nextCodeNumber());

        boolean family =
                group.getCode().contains("FAMIL") || group.getCode().contains("MOTHERS") || random.nextInt(100) < 12;
        int adults = family && random.nextBoolean() ? 2 : 1;
        int children = family ? 1 + random.nextInt(4) : 0;
        int minRooms = family ? Math.min(5, 2 + (children + 1) / 2) : 1 + random.nextInt(2);
        int maxRooms = Math.min(ClientProfile.MAX_ROOMS, minRooms + random.nextInt(3));
        BigDecimal maxRent = BigDecimal.valueOf(650 + random.nextInt(281)).setScale(2);
        boolean wheelchair = group.getCode().equals("WHEELCHAIR_DWELLING") || random.nextInt(100) < 5;
        boolean elevator = wheelchair || random.nextInt(100) < 12;
        Integer maxFloor = wheelchair ? Integer.valueOf(0) : random.nextInt(100) < 20 ? 2 + random.nextInt(3) : null;

        Set<Long> excluded = new LinkedHashSet<>();
        String exclusionReason = null;
        if (random.nextInt(100) < 8) {
            excluded.add(
                    random.nextBoolean()
                            ? districts.get(random.nextInt(districts.size()))
                            : areas.get(random.nextInt(areas.size())));
            exclusionReason = "Oud netwerk in deze buurt (demo)";
        }
        Set<Long> preferred = new LinkedHashSet<>();
        if (random.nextInt(100) < 40) {
            Long district = districts.get(random.nextInt(districts.size()));
            if (!excluded.contains(district)) {
                preferred.add(district);
            }
        }
        Long careTeamDistrict = random.nextInt(100) < 50 ? districts.get(random.nextInt(districts.size())) : null;
        Set<SharedField> shared = EnumSet.copyOf(SharedField.defaults());
        if (random.nextInt(100) < 40) {
            shared.add(SharedField.SOFT_PREFERENCES);
            shared.add(SharedField.SUPERVISOR_CONTACT);
        }
        boolean decided = eligibleSince != null || status == ClientStatus.REJECTED;
        String name = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())) + " Demo-"
                + LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
        LocalDate birth = today.minusYears(18 + random.nextInt(50)).minusDays(random.nextInt(365));
        Object[] values = {
            code,
            careProviderId,
            status.name(),
            name,
            birth,
            bsnProtector.encrypt(bsn),
            bsnProtector.blindIndex(bsn),
            String.format("06-0000%04d", number),
            "demo.client." + number + "@example.org",
            "Begeleider Demo " + (1 + random.nextInt(40)),
            String.format("020-000%04d", random.nextInt(10000)),
            "begeleider.demo@example.org",
            group.getId(),
            adults,
            children,
            IncomeBand.values()[random.nextInt(IncomeBand.values().length)].name(),
            LOCATIONS.get(random.nextInt(LOCATIONS.size())),
            maxRent,
            minRooms,
            maxRooms,
            maxFloor,
            elevator,
            wheelchair,
            random.nextInt(100) < 10,
            exclusionReason,
            careTeamDistrict,
            random.nextInt(100) < 25,
            random.nextInt(100) < 30,
            random.nextInt(100) < 20,
            random.nextInt(100) < 30 ? "Demo-toelichting: heeft baat bij een vaste dagstructuur." : null,
            status == ClientStatus.DRAFT ? null : at(submittedOn),
            eligibleSince,
            decided ? "coordinator" : null,
            status == ClientStatus.REJECTED ? "Geen urgentie: voldoet niet aan de criteria (demo)" : null,
            parkedUntil,
            status == ClientStatus.PARKED ? "Tijdelijke opname (demo)" : null,
            status == ClientStatus.WITHDRAWN ? "Cliënt heeft zelf woonruimte gevonden (demo)" : null,
            placedOn,
            closedOn,
            at(createdOn),
            at(placedOn != null ? placedOn : today)
        };
        return new Row(code, values, excluded, preferred, shared);
    }

    private static @Nullable OffsetDateTime at(@Nullable LocalDate date) {
        if (date == null) {
            return null;
        }
        Instant instant = date.atTime(10, 0).toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Test BSNs (the range 999990000–999999999 is reserved for tests) that pass the eleven test, in order. */
    private static final class BsnSource {

        private long next = 999_990_000L;

        String next() {
            while (next <= 999_999_999L) {
                String candidate = Long.toString(next++);
                if (Bsn.isValid(candidate)) {
                    return candidate;
                }
            }
            throw new IllegalStateException("test BSN range exhausted");
        }
    }
}
