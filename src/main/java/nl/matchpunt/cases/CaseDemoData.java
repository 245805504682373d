package nl.matchpunt.cases;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.matchpunt.matching.PlacementAgreed;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.organisations.OrganisationSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo cases (order {@value #ORDER}). The matching module's demo data publishes {@link PlacementAgreed} for each
 * historical placement, which opens the cases; when there are none at all, this runner publishes a realistic set
 * itself. It then advances the cases once (never again on a database where a case has progressed), so that every
 * phase is present, some with overdue steps and open signals, and runs the reminders of today.
 */
@Component
@ConditionalOnBooleanProperty("matchpunt.demo")
@Order(CaseDemoData.ORDER)
class CaseDemoData implements ApplicationRunner {

    static final int ORDER = 60;

    private static final Logger log = LoggerFactory.getLogger(CaseDemoData.class);

    private static final int SYNTHETIC_CASES = 60;

    private static final String[] CORPORATIONS = {"ymere", "rochdale", "eigen-haard", "de-key", "stadgenoot"};

    private static final String[] PROVIDERS = {"hvo-querido", "leger-des-heils", "de-volksbond"};

    private static final String[] STREETS = {
        "Kinkerstraat",
        "Javastraat",
        "Bos en Lommerweg",
        "Meeuwenlaan",
        "Burgemeester De Vlugtlaan",
        "Ganzenhoef",
        "Rijnstraat",
        "Wibautstraat",
        "Tussen Meer",
        "Purmerweg",
        "Hoofdweg",
        "Eerste Oosterparkstraat",
        "Bijlmerdreef",
        "Osdorpplein",
        "Van Woustraat",
        "Zeeburgerdijk"
    };

    private static final String[] POSTCODES = {
        "1053 DV", "1094 HE", "1055 EC", "1031 HS", "1064 AB", "1102 BK", "1078 HW", "1091 GN", "1069 TA", "1023 AK",
        "1058 AD", "1091 ES", "1103 TW", "1068 LX", "1073 LN", "1094 CS"
    };

    private static final String[] TARGET_GROUPS = {
        "OMSLAG_MO_BW_ADULT",
        "OMSLAG_MO_BW_ADULT",
        "OUTFLOW_MO_ADULT",
        "HOUSING_FIRST_YOUTH",
        "YOUNG_ADULTS_MO_YOUTH_CARE",
        "OMSLAG_MO_BW_FAMILY"
    };

    private final PlacementCaseRepository cases;

    private final CaseEventRepository timeline;

    private final OrganisationService organisations;

    private final ApplicationEventPublisher events;

    private final TransactionTemplate transactions;

    private final CaseReminders reminders;

    private final Clock clock;

    private final Period watchfulPeriod;

    private final EntityManager entityManager;

    private final Map<Long, String> organisationNames = new HashMap<>();

    CaseDemoData(
            PlacementCaseRepository cases,
            CaseEventRepository timeline,
            OrganisationService organisations,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            CaseReminders reminders,
            Clock clock,
            @Value("${matchpunt.cases.watchful-period:P12M}") Period watchfulPeriod,
            EntityManager entityManager) {
        this.cases = cases;
        this.timeline = timeline;
        this.organisations = organisations;
        this.events = events;
        this.transactions = transactions;
        this.reminders = reminders;
        this.clock = clock;
        this.watchfulPeriod = watchfulPeriod;
        this.entityManager = entityManager;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (timeline.existsByKindNot(TimelineKind.OPENED)) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        if (cases.count() == 0) {
            List<PlacementAgreed> placements = placements(today);
            transactions.executeWithoutResult(status -> placements.forEach(events::publishEvent));
        }
        transactions.executeWithoutResult(status -> advanceAll(today));
        int notified = reminders.remind(today);
        log.info("Demo cases advanced; {} reminders created", notified);
    }

    private List<PlacementAgreed> placements(LocalDate today) {
        Random random = new Random(8L);
        List<PlacementAgreed> placements = new ArrayList<>();
        for (int i = 0; i < SYNTHETIC_CASES; i++) {
            OrganisationSummary corporation = organisation(CORPORATIONS[i % CORPORATIONS.length]);
            OrganisationSummary provider = organisation(PROVIDERS[i % PROVIDERS.length]);
            LocalDate agreedOn = today.minusDays(20L + i * 17L + random.nextInt(10));
            String targetGroup = TARGET_GROUPS[random.nextInt(TARGET_GROUPS.length)];
            boolean children = targetGroup.equals("OMSLAG_MO_BW_FAMILY");
            int street = random.nextInt(STREETS.length);
            String address = STREETS[street] + " " + (1 + random.nextInt(240)) + "-" + (1 + random.nextInt(4)) + ", "
                    + POSTCODES[street] + " Amsterdam";
            placements.add(new PlacementAgreed(
                    9_000_000L + i,
                    8_000_000L + i,
                    corporation.id(),
                    address,
                    null,
                    null,
                    7_000_000L + i,
                    provider.id(),
                    String.format("C-%d-%04d", agreedOn.getYear(), 100 + i),
                    targetGroup,
                    children ? 2 + random.nextInt(3) : 1,
                    children,
                    agreedOn.minusDays(30L + random.nextInt(60)),
                    agreedOn,
                    agreedOn.plusDays(14L + random.nextInt(28))));
        }
        return placements;
    }

    private OrganisationSummary organisation(String code) {
        return organisations
                .findByCode(code)
                .orElseThrow(() -> new IllegalStateException("demo organisation " + code + " is missing"));
    }

    /**
     * Advances the cases one at a time and writes each before the next: with every case of the demo in one
     * persistence context, each query would first dirty-check all of them (it took seconds at start-up).
     */
    private void advanceAll(LocalDate today) {
        List<Long> ids = cases.findAll(org.springframework.data.domain.Sort.by("id")).stream()
                .map(PlacementCase::getId)
                .toList();
        entityManager.clear();
        for (int i = 0; i < ids.size(); i++) {
            advance(cases.findById(ids.get(i)).orElseThrow(), i, today);
            entityManager.flush();
            entityManager.clear();
        }
    }

    private String organisationName(Long id) {
        return organisationNames.computeIfAbsent(
                id, missing -> organisations.get(missing).name());
    }

    /** Moves one case along the route as far as its dates allow, in one of several scenarios. */
    private void advance(PlacementCase c, int index, LocalDate today) {
        Instant now = clock.instant();
        String provider = organisationName(c.getCareProviderId());
        String corporationName = organisationName(c.getCorporationId());
        Actor supervisor = new Actor(null, "Begeleider " + provider, c.getCareProviderId());
        Actor colleague = new Actor(0L, "Teamleider " + provider, c.getCareProviderId());
        Actor landlord = new Actor(null, "Verhuurder " + corporationName, c.getCorporationId());
        Actor coordinator = new Actor(null, "Coördinator Wonen", null);
        LocalDate moveIn = c.getMoveInOn();
        if (moveIn.isAfter(today)) {
            return;
        }
        c.completeAgreement(
                WorkingAgreement.CONSENT_AND_PRIVACY, supervisor, c.getAgreedOn(), "Toestemming getekend", now);
        c.completeAgreement(WorkingAgreement.LEASE, landlord, moveIn, "Intermediair huurcontract getekend", now);
        if (index % 6 != 1 || moveIn.plusDays(28).isBefore(today.minusDays(60))) {
            LocalDate planDay = min(moveIn.plusDays(20), today);
            c.completeAgreement(
                    WorkingAgreement.SUPPORT_PLAN,
                    supervisor,
                    planDay,
                    "Plan met drie doelen: werk, schulden, buren",
                    now);
        }
        if (index % 4 == 0) {
            c.markNotApplicable(WorkingAgreement.FINANCIAL_SUPPORT, supervisor, moveIn, "Beheert eigen geld goed", now);
        } else {
            c.completeAgreement(
                    WorkingAgreement.FINANCIAL_SUPPORT, supervisor, moveIn, "Huur wordt rechtstreeks betaald", now);
        }
        LocalDate visit = moveIn.plusDays(21L + index % 14);
        boolean skipVisit = index % 6 == 2 && !moveIn.plusDays(42).isBefore(today.minusDays(90));
        if (!visit.isAfter(today) && !skipVisit) {
            c.recordIntroductionVisit(landlord, visit, "Kennisgemaakt met buren op de galerij", now);
            c.completeAgreement(WorkingAgreement.EARLY_WARNING, supervisor, visit, "Signalen via het wijkteam", now);
            c.completeAgreement(WorkingAgreement.NUISANCE_HANDLING, supervisor, visit, "Meldpunt bekend gemaakt", now);
        }
        LocalDate review = moveIn.plusMonths(11);
        while (!review.isAfter(today.minusDays(10)) && index % 9 != 8) {
            c.recordReview(
                    new HousingReview.Facts(
                            review,
                            index % 5 != 0,
                            index % 7 == 0,
                            "Kent de buren en gaat naar het buurthuis",
                            "Twee van de drie doelen gehaald",
                            null),
                    supervisor,
                    now);
            review = review.plusMonths(12);
        }
        signals(c, index, today, supervisor, landlord, now);
        transfer(c, index, today, supervisor, colleague, landlord, coordinator, now);
    }

    private void signals(PlacementCase c, int index, LocalDate today, Actor supervisor, Actor landlord, Instant now) {
        if (index % 5 == 0) {
            c.recordSignal(
                    SignalKind.NUISANCE, "Buren melden harde muziek na middernacht", landlord, today.minusDays(6), now);
        }
        if (index % 5 == 1) {
            c.recordSignal(SignalKind.NUISANCE, "Melding van rommel in het trappenhuis", landlord, today, now);
        }
        if (index % 7 == 2) {
            CaseSignal arrears = c.recordSignal(
                    SignalKind.RENT_ARREARS, "Twee maanden huurachterstand", landlord, today.minusDays(40), now);
            cases.flush();
            c.respondToSignal(
                    arrears.getId(),
                    "Betalingsregeling en budgetbeheer geregeld",
                    supervisor,
                    today.minusDays(38),
                    now);
        }
        if (index % 8 == 3) {
            c.recordSignal(
                    SignalKind.NEGLECT, "Post stapelt zich op, ramen dicht", supervisor, today.minusDays(3), now);
        }
    }

    private void transfer(
            PlacementCase c,
            int index,
            LocalDate today,
            Actor supervisor,
            Actor colleague,
            Actor landlord,
            Actor coordinator,
            Instant now) {
        int scenario = index % 9;
        LocalDate proposed = switch (scenario) {
            case 0 -> today.minusDays(5);
            case 1 -> today.minusDays(12);
            case 2 -> today.minusDays(20);
            case 3 -> today.minusDays(70);
            case 4 -> today.minusMonths(5);
            case 5 -> today.minusMonths(13).minusDays(20);
            case 6 -> today.minusMonths(14).minusDays(15);
            default -> null;
        };
        if (scenario == 7 && index > 6) {
            EndReason reason = EndReason.values()[index % EndReason.values().length];
            c.endEarly(reason, "Besproken in het zorgoverleg", supervisor, today.minusDays(index % 30), now);
            return;
        }
        if (proposed == null
                || proposed.isBefore(c.getMoveInOn().plusMonths(12))
                || c.getPhase().isTerminal()) {
            return;
        }
        boolean children = c.isChildrenInHousehold();
        c.proposeTransfer(
                new TransferCriteria(
                        true,
                        "Werkt drie dagen per week als vrijwilliger",
                        true,
                        "Goed contact met familie en buren",
                        true,
                        "Stabiel volgens de behandelaar",
                        true,
                        "Geen schulden, huur een jaar op tijd betaald",
                        children ? Boolean.TRUE : null,
                        children ? "Kinderen gaan naar school en de sportclub" : null),
                supervisor,
                proposed,
                now);
        if (scenario == 0) {
            return;
        }
        c.reviewTransfer(true, "Voorstel onderbouwd en gesteund", colleague, proposed.plusDays(3), now);
        if (scenario == 1) {
            return;
        }
        LocalDate approved = proposed.plusDays(7);
        c.approveTransfer("Akkoord", coordinator, approved, now);
        if (scenario == 2 || scenario == 3) {
            return;
        }
        c.recordOwnLease(approved.plusDays(30), landlord, watchfulPeriod, now);
        LocalDate closeOn = approved.plusDays(30).plus(watchfulPeriod).plusDays(14);
        if (scenario == 6 && !closeOn.isAfter(today)) {
            c.close(supervisor, closeOn, "Waakvlam zonder bijzonderheden afgerond", now);
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
