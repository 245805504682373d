package nl.matchpunt.organisations;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo organisations and accounts (password {@value #DEMO_PASSWORD}), created once on an empty database when
 * {@code matchpunt.demo=true}. Other modules add their demo data after this one ({@link #ORDER}).
 */
@Component
@ConditionalOnBooleanProperty("matchpunt.demo")
@Order(OrganisationDemoData.ORDER)
class OrganisationDemoData implements ApplicationRunner {

    static final int ORDER = 10;

    static final String DEMO_PASSWORD = "matchpunt-demo";

    private static final Logger log = LoggerFactory.getLogger(OrganisationDemoData.class);

    private final OrganisationRepository organisations;

    private final UserAccountRepository accounts;

    private final PasswordEncoder passwordEncoder;

    private final Clock clock;

    OrganisationDemoData(
            OrganisationRepository organisations,
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            Clock clock) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    record DemoOrganisation(String code, String name, OrganisationType type) {}

    record DemoAccount(String username, String displayName, String organisationCode, Role role) {}

    static final List<DemoOrganisation> ORGANISATIONS = List.of(
            new DemoOrganisation("gemeente-amsterdam", "Gemeente Amsterdam", OrganisationType.MUNICIPALITY),
            new DemoOrganisation("ymere", "Ymere", OrganisationType.HOUSING_CORPORATION),
            new DemoOrganisation("rochdale", "Rochdale", OrganisationType.HOUSING_CORPORATION),
            new DemoOrganisation("eigen-haard", "Eigen Haard", OrganisationType.HOUSING_CORPORATION),
            new DemoOrganisation("de-key", "De Key", OrganisationType.HOUSING_CORPORATION),
            new DemoOrganisation("stadgenoot", "Stadgenoot", OrganisationType.HOUSING_CORPORATION),
            new DemoOrganisation("hvo-querido", "HVO-Querido", OrganisationType.CARE_PROVIDER),
            new DemoOrganisation("leger-des-heils", "Leger des Heils", OrganisationType.CARE_PROVIDER),
            new DemoOrganisation("de-volksbond", "De Volksbond", OrganisationType.CARE_PROVIDER));

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("coordinator", "Coördinator (demo)", "gemeente-amsterdam", Role.COORDINATOR),
            new DemoAccount("admin", "Beheerder (demo)", "gemeente-amsterdam", Role.ADMIN),
            new DemoAccount("ymere", "Medewerker Ymere (demo)", "ymere", Role.CORPORATION_STAFF),
            new DemoAccount("rochdale", "Medewerker Rochdale (demo)", "rochdale", Role.CORPORATION_STAFF),
            new DemoAccount("hvo", "Begeleider HVO-Querido (demo)", "hvo-querido", Role.CARE_PROVIDER_STAFF),
            new DemoAccount("leger", "Begeleider Leger des Heils (demo)", "leger-des-heils", Role.CARE_PROVIDER_STAFF),
            // a colleague at each care provider, for the independent review of a transfer proposal (agreement 8)
            new DemoAccount(
                    "hvo-toets",
                    "Collega HVO-Querido, onafhankelijke toets (demo)",
                    "hvo-querido",
                    Role.CARE_PROVIDER_STAFF),
            new DemoAccount(
                    "leger-toets",
                    "Collega Leger des Heils, onafhankelijke toets (demo)",
                    "leger-des-heils",
                    Role.CARE_PROVIDER_STAFF));

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (organisations.count() > 0) {
            return;
        }
        for (DemoOrganisation demo : ORGANISATIONS) {
            organisations.save(new Organisation(demo.code(), demo.name(), demo.type(), clock.instant()));
        }
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        for (DemoAccount demo : ACCOUNTS) {
            Organisation organisation =
                    organisations.findByCode(demo.organisationCode()).orElseThrow();
            accounts.save(new UserAccount(
                    demo.username(),
                    demo.displayName(),
                    null,
                    hash,
                    demo.role(),
                    organisation.getId(),
                    clock.instant()));
        }
        log.info("Demo organisations and accounts created");
    }
}
