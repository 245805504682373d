package nl.matchpunt.matching;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.matchpunt.clients.ClientPersonalData;
import nl.matchpunt.clients.ClientProfile;
import nl.matchpunt.clients.ClientService;
import nl.matchpunt.clients.IncomeBand;
import nl.matchpunt.clients.SharedField;
import nl.matchpunt.dwellings.DwellingData;
import nl.matchpunt.dwellings.DwellingService;
import nl.matchpunt.geography.GeographyService;
import nl.matchpunt.geography.Region;
import nl.matchpunt.support.RunAs;
import org.springframework.stereotype.Component;

/** Creates a vacancy and an eligible client through the real services, as their organisations would. */
@Component
public class MatchingFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.currentTimeMillis() % 100_000));

    private final RunAs runAs;

    private final DwellingService dwellings;

    private final ClientService clients;

    private final GeographyService geography;

    private final Clock clock;

    private final RoundService rounds;

    private final ProposalRepository proposals;

    MatchingFixtures(
            RunAs runAs,
            DwellingService dwellings,
            ClientService clients,
            GeographyService geography,
            Clock clock,
            RoundService rounds,
            ProposalRepository proposals) {
        this.rounds = rounds;
        this.proposals = proposals;
        this.runAs = runAs;
        this.dwellings = dwellings;
        this.clients = clients;
        this.geography = geography;
        this.clock = clock;
    }

    /** A two-room dwelling in Noord-West for {@code corporation} (e.g. "ymere"), available today. */
    public Long dwelling(String corporation) {
        return dwelling(corporation, LocalDate.now(clock));
    }

    /** A two-room dwelling in Noord-West for {@code corporation}, available from {@code availableFrom}. */
    public Long dwelling(String corporation, LocalDate availableFrom) {
        Region noord = geography.findByCode("N").orElseThrow();
        Region noordWest = geography.findByCode("GN19").orElseThrow();
        int number = SEQUENCE.incrementAndGet();
        DwellingData data = new DwellingData(
                "TEST-" + number,
                "Testpad",
                number % 9000 + 1,
                null,
                "1031 AB",
                "Amsterdam",
                noord.id(),
                noordWest.id(),
                new BigDecimal("612.50"),
                2,
                55,
                0,
                false,
                true,
                false,
                availableFrom,
                null);
        return runAs.get(corporation, () -> dwellings.register(data).id());
    }

    /**
     * Opens a new round as the coordinator and returns its id; a round still open (one at a time) is closed by the
     * coordinator's explicit choice, as the rounds page offers it.
     */
    public Long openRound() {
        return runAs.get(
                "coordinator",
                () -> rounds.open(rounds.openRound().map(MatchingRound::getId).orElse(null))
                        .getId());
    }

    /** A random BSN that passes the eleven test. */
    public static String testBsn() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        while (true) {
            int[] digits = new int[9];
            int sum = 0;
            digits[0] = 1 + random.nextInt(9);
            for (int i = 0; i < 8; i++) {
                if (i > 0) {
                    digits[i] = random.nextInt(10);
                }
                sum += (9 - i) * digits[i];
            }
            int last = sum % 11;
            if (last < 10) {
                digits[8] = last;
                StringBuilder bsn = new StringBuilder();
                for (int digit : digits) {
                    bsn.append(digit);
                }
                return bsn.toString();
            }
        }
    }

    /** An eligible client of {@code careProvider} (e.g. "hvo") who can live in almost any dwelling. */
    public Long eligibleClient(String careProvider, LocalDate eligibleSince) {
        Long targetGroup = clients.activeTargetGroups().get(0).id();
        int number = SEQUENCE.incrementAndGet();
        ClientPersonalData person = new ClientPersonalData(
                "Testpersoon " + number,
                LocalDate.of(1980, 1, 1),
                null,
                null,
                "Begeleider Test",
                "020-1234567",
                null,
                targetGroup,
                1,
                0,
                IncomeBand.SOCIAL_ASSISTANCE,
                null);
        Long id = runAs.get(careProvider, () -> clients.register(person, testBsn()));
        ClientProfile profile = new ClientProfile(
                new BigDecimal("900.00"),
                1,
                4,
                null,
                false,
                false,
                false,
                Set.of(),
                null,
                Set.of(),
                null,
                false,
                false,
                false,
                null);
        runAs.run(careProvider, () -> {
            clients.updateProfile(id, clients.get(id).version(), profile, EnumSet.of(SharedField.HOUSEHOLD));
            clients.submit(id);
        });
        runAs.run("coordinator", () -> clients.approve(id, eligibleSince));
        return id;
    }

    /** The client's own code, for a proposal a test builds by hand: pages show it, the audit records its id. */
    public String clientCode(Long client) {
        return runAs.get("coordinator", () -> clients.get(client).clientCode());
    }

    /**
     * Leaves in an open round only a draft pairing {@code dwelling} with {@code client}, as a coordinator would by
     * removing, swapping or adding proposals; returns that draft's id.
     */
    public Long keepOnly(Long roundId, Long dwelling, Long client) {
        return runAs.get("coordinator", () -> {
            for (Proposal draft : proposals.findByRoundIdAndStatus(roundId, ProposalStatus.DRAFT)) {
                if (!draft.getDwellingId().equals(dwelling)) {
                    rounds.remove(roundId, draft.getId());
                }
            }
            Proposal ours = proposals.findByRoundIdAndStatus(roundId, ProposalStatus.DRAFT).stream()
                    .findFirst()
                    .orElseGet(() -> rounds.add(roundId, dwelling, client));
            if (!ours.getClientId().equals(client)) {
                rounds.swap(roundId, ours.getId(), client);
            }
            return ours.getId();
        });
    }
}
