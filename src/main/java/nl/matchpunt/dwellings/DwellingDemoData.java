package nl.matchpunt.dwellings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.matchpunt.geography.GeographyService;
import nl.matchpunt.geography.Region;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.organisations.OrganisationSummary;
import nl.matchpunt.shared.ClockConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year of vacancies for the programme's 1,800 dwellings, spread over the five demo corporations: most already
 * let over the past twelve months, a few dozen available now, a handful withdrawn. Districts are drawn in
 * proportion to their social-rent stock, addresses are real street names of each area with made-up numbers.
 * Seeded, so every start gives the same data; inserted with JDBC batches.
 */
@Component
@ConditionalOnBooleanProperty("matchpunt.demo")
@Order(20)
class DwellingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DwellingDemoData.class);

    /** Corporation code, reference prefix, vacancies in the year, available now. */
    private record Share(String code, String prefix, int total, int available) {}

    private static final List<Share> SHARES = List.of(
            new Share("ymere", "YM", 450, 12),
            new Share("eigen-haard", "EH", 420, 11),
            new Share("stadgenoot", "SG", 330, 9),
            new Share("rochdale", "RD", 330, 9),
            new Share("de-key", "DK", 270, 7));

    /** Postcode digits and real street names per area code. */
    private record Streets(String postcode, String city, List<String> names) {}

    private static final Map<String, Streets> STREETS = Map.ofEntries(
            Map.entry("GA01", streets("1015", "Haarlemmerstraat", "Marnixstraat", "Lindengracht", "Westerstraat")),
            Map.entry("GA02", streets("1018", "Jodenbreestraat", "Kattenburgerstraat", "Wittenburgergracht")),
            Map.entry("GE05", streets("1013", "Spaarndammerstraat", "Van Hallstraat", "Zaanstraat", "Houtrijkstraat")),
            Map.entry("GE06", streets("1055", "Bos en Lommerweg", "Erasmusgracht", "Leeuwendalersweg")),
            Map.entry("GE07", streets("1057", "Kinkerstraat", "Jan Evertsenstraat", "Postjesweg", "Bilderdijkstraat")),
            Map.entry("GF08", streets("1064", "Slotermeerlaan", "Burgemeester de Vlugtlaan", "Sam van Houtenstraat")),
            Map.entry("GF09", streets("1068", "Pieter Calandlaan", "Meer en Vaart", "Tussen Meer", "Ookmeerweg")),
            Map.entry("GF10", streets("1066", "Sloterweg", "Akerwateringstraat", "Langsom")),
            Map.entry("GF11", streets("1065", "Johan Huizingalaan", "Comeniusstraat", "Derkinderenstraat")),
            Map.entry("GK12", streets("1075", "Amstelveenseweg", "Hoofddorpplein", "Sloterkade", "Valeriusstraat")),
            Map.entry("GK13", streets("1081", "De Boelelaan", "Van Nijenrodeweg", "Buitenveldertselaan")),
            Map.entry("GK14", streets("1079", "Rijnstraat", "Maasstraat", "Van Woustraat", "Ferdinand Bolstraat")),
            Map.entry("GM15", streets("1093", "Eerste van Swindenstraat", "Dapperstraat", "Wijttenbachstraat")),
            Map.entry("GM16", streets("1094", "Javastraat", "Insulindeweg", "Celebesstraat", "Sumatrastraat")),
            Map.entry("GM17", streets("1097", "Middenweg", "Kruislaan", "Hugo de Vrieslaan")),
            Map.entry("GM18", streets("1087", "IJburglaan", "Pampuslaan", "Krijn Taconiskade")),
            Map.entry("GN19", streets("1033", "Kadoelenweg", "Kamperfoelieweg", "Bezaanjachtplein")),
            Map.entry("GN20", streets("1021", "Van der Pekstraat", "Meeuwenlaan", "Mosplein", "Hagedoornweg")),
            Map.entry("GN21", streets("1024", "Purmerweg", "Beemsterstraat", "Nieuwendammerdijk")),
            Map.entry("GT22", streets("1102", "Hoogoord", "Haardstee", "Kantershof")),
            Map.entry("GT23", streets("1103", "Ganzenhoef", "Gooioord", "Kikkenstein")),
            Map.entry("GT24", streets("1104", "Kortvoort", "Hoptille", "Egeldonk")),
            Map.entry("GT25", streets("1106", "Reigersbos", "Kraaiennest", "Gein")),
            Map.entry("GS26", new Streets("1381", "Weesp", List.of("Nieuwstad", "Achtergracht", "Utrechtseweg"))));

    private static final String[] WITHDRAWAL_REASONS = {
        "Woning wordt gerenoveerd", "Toch nodig voor herhuisvesting bij sloop", "Woning wordt verkocht"
    };

    private final DwellingRepository dwellings;

    private final DwellingBatchWriter writer;

    private final OrganisationService organisations;

    private final GeographyService geography;

    private final SocialRentLimits rentLimits;

    private final Clock clock;

    DwellingDemoData(
            DwellingRepository dwellings,
            DwellingBatchWriter writer,
            OrganisationService organisations,
            GeographyService geography,
            SocialRentLimits rentLimits,
            Clock clock) {
        this.dwellings = dwellings;
        this.writer = writer;
        this.organisations = organisations;
        this.geography = geography;
        this.rentLimits = rentLimits;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (dwellings.count() > 0) {
            return;
        }
        Random random = new Random(20_26L);
        List<Region> districts = geography.districts();
        int totalStock =
                districts.stream().mapToInt(district -> stock(district)).sum();
        LocalDate today = LocalDate.now(clock);
        List<NewDwellingRow> rows = new ArrayList<>();
        for (Share share : SHARES) {
            OrganisationSummary corporation =
                    organisations.findByCode(share.code()).orElse(null);
            if (corporation == null) {
                continue;
            }
            for (int i = 0; i < share.total(); i++) {
                Region district = pick(districts, totalStock, random);
                List<Region> areas = geography.children(district.id());
                Region area = areas.get(random.nextInt(areas.size()));
                String reference = share.prefix() + "-" + (100_000 + i);
                rows.add(row(corporation.id(), reference, district, area, i, share, today, random));
            }
        }
        writer.insert(rows);
        log.info("Demo dwellings created: {}", rows.size());
    }

    private NewDwellingRow row(
            Long corporationId,
            String reference,
            Region district,
            Region area,
            int index,
            Share share,
            LocalDate today,
            Random random) {
        DwellingStatus status;
        LocalDate availableFrom;
        Instant statusChangedAt;
        String reason = null;
        if (index < share.available()) {
            status = DwellingStatus.AVAILABLE;
            availableFrom = today.plusDays(random.nextInt(42) - 14L);
            statusChangedAt = startOfDay(today.minusDays(20 + random.nextInt(10)));
        } else if (index < share.available() + 2) {
            status = DwellingStatus.WITHDRAWN;
            availableFrom = today.minusDays(30 + random.nextInt(300));
            statusChangedAt = startOfDay(availableFrom.minusDays(random.nextInt(7)));
            reason = WITHDRAWAL_REASONS[random.nextInt(WITHDRAWAL_REASONS.length)];
        } else {
            status = DwellingStatus.LET;
            availableFrom = today.minusDays(30 + random.nextInt(335));
            statusChangedAt = startOfDay(availableFrom.plusDays(7 + random.nextInt(21)));
        }
        Instant createdAt = startOfDay(availableFrom.minusDays(21 + random.nextInt(21)));
        if (createdAt.isAfter(statusChangedAt)) {
            createdAt = statusChangedAt;
        }
        int rooms = rooms(random);
        int floor = random.nextInt(10) < 3 ? 0 : 1 + random.nextInt(random.nextInt(10) < 8 ? 4 : 12);
        boolean elevator = floor >= 4 ? random.nextInt(10) < 8 : floor > 0 && random.nextInt(10) < 2;
        boolean accessible = (floor == 0 || elevator) && random.nextInt(100) < 8;
        Streets streets = STREETS.getOrDefault(area.code(), STREETS.get("GA01"));
        String postcode =
                streets.postcode() + " " + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
        DwellingData data = new DwellingData(
                reference,
                streets.names().get(random.nextInt(streets.names().size())),
                1 + random.nextInt(240),
                random.nextInt(3) > 0 ? null : floor == 0 ? "H" : String.valueOf(floor),
                postcode,
                streets.city(),
                district.id(),
                area.id(),
                rent(rooms, rentLimits.forYear(availableFrom.getYear()), random),
                rooms,
                20 + rooms * 14 + random.nextInt(16),
                floor,
                elevator,
                accessible,
                floor > 0 && !elevator && random.nextInt(10) < 7,
                availableFrom,
                null);
        return new NewDwellingRow(corporationId, data, status, createdAt, statusChangedAt, reason, "demo", "CREATED");
    }

    /** Rooms skewed small: one to two rooms for most vacancies in this programme. */
    private static int rooms(Random random) {
        int draw = random.nextInt(100);
        if (draw < 25) {
            return 1;
        } else if (draw < 65) {
            return 2;
        } else if (draw < 88) {
            return 3;
        } else if (draw < 97) {
            return 4;
        }
        return 5;
    }

    /** Mostly between € 450 and € 930, a little more per room, never above the year's limit. */
    private static BigDecimal rent(int rooms, BigDecimal limit, Random random) {
        double base = 450 + (rooms - 1) * 70 + random.nextDouble() * 260;
        BigDecimal rent = BigDecimal.valueOf(base).setScale(2, RoundingMode.HALF_UP);
        return rent.min(limit);
    }

    private static Region pick(List<Region> districts, int totalStock, Random random) {
        int draw = random.nextInt(totalStock);
        for (Region district : districts) {
            draw -= stock(district);
            if (draw < 0) {
                return district;
            }
        }
        return districts.get(districts.size() - 1);
    }

    private static int stock(Region district) {
        Integer stock = district.socialRentStock();
        return stock == null ? 1 : stock;
    }

    private static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(ClockConfiguration.AMSTERDAM).toInstant().plus(Duration.ofHours(9));
    }

    private static Streets streets(String postcode, String... names) {
        return new Streets(postcode, "Amsterdam", List.of(names));
    }
}
