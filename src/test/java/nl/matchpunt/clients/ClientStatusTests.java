package nl.matchpunt.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import nl.matchpunt.shared.DomainException;
import org.junit.jupiter.api.Test;

class ClientStatusTests {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    static ClientPersonalData data() {
        return new ClientPersonalData(
                "Sam Demo-Test",
                LocalDate.of(1990, 1, 1),
                null,
                null,
                "Begeleider",
                null,
                null,
                1L,
                1,
                0,
                IncomeBand.SOCIAL_ASSISTANCE,
                null);
    }

    static ClientProfile profile() {
        return new ClientProfile(
                new BigDecimal("750"),
                1,
                2,
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
    }

    private static Client draft() {
        return new Client("C-2026-9999", 7L, data(), NOW);
    }

    private static Client eligible() {
        Client client = draft();
        client.changeProfile(profile(), NOW);
        client.submit(NOW);
        client.approve(TODAY, "coordinator", NOW);
        return client;
    }

    @Test
    void theWholeWayFromDraftToPlaced() {
        Client client = draft();
        assertThat(client.getStatus()).isEqualTo(ClientStatus.DRAFT);
        client.changeProfile(profile(), NOW);
        client.submit(NOW);
        assertThat(client.getStatus()).isEqualTo(ClientStatus.SUBMITTED);
        client.approve(TODAY.minusDays(3), "coordinator", NOW);
        assertThat(client.getStatus()).isEqualTo(ClientStatus.ELIGIBLE);
        assertThat(client.getEligibleSince()).isEqualTo(TODAY.minusDays(3));
        client.propose(TODAY, NOW);
        client.returnToQueue(NOW);
        assertThat(client.getStatus()).isEqualTo(ClientStatus.ELIGIBLE);
        assertThat(client.getEligibleSince()).as("the clock keeps running").isEqualTo(TODAY.minusDays(3));
        client.propose(TODAY, NOW);
        client.place(TODAY, NOW);
        assertThat(client.getStatus()).isEqualTo(ClientStatus.PLACED);
        assertThat(client.getPlacedOn()).isEqualTo(TODAY);
    }

    @Test
    void aDraftWithoutProfileCannotBeSubmitted() {
        Client client = draft();
        assertThatThrownBy(() -> client.submit(NOW))
                .isInstanceOf(DomainException.class)
                .hasMessage("clients.submit.profileMissing");
        assertThat(client.getStatus()).isEqualTo(ClientStatus.DRAFT);
    }

    @Test
    void illegalTransitionsAreRefusedAndChangeNothing() {
        Client client = draft();
        assertRefused(() -> client.approve(TODAY, "coordinator", NOW), "clients.illegal.approve");
        assertRefused(() -> client.reject("nee", "coordinator", TODAY, NOW), "clients.illegal.reject");
        assertRefused(() -> client.propose(TODAY, NOW), "clients.illegal.propose");
        assertRefused(() -> client.place(TODAY, NOW), "clients.illegal.place");
        assertRefused(() -> client.park(TODAY.plusDays(5), "opname", TODAY, NOW), "clients.illegal.park");
        assertRefused(() -> client.unpark(NOW), "clients.illegal.unpark");
        assertRefused(() -> client.returnToQueue(NOW), "clients.illegal.returnToQueue");
        assertThat(client.getStatus()).isEqualTo(ClientStatus.DRAFT);

        Client waiting = eligible();
        assertRefused(() -> waiting.submit(NOW), "clients.illegal.submit");
        assertRefused(() -> waiting.place(TODAY, NOW), "clients.illegal.place");
        assertThat(waiting.getStatus()).isEqualTo(ClientStatus.ELIGIBLE);
    }

    @Test
    void aProposedOrPlacedClientCannotBeWithdrawn() {
        Client client = eligible();
        client.propose(TODAY, NOW);
        assertRefused(() -> client.withdraw("weg", TODAY, NOW), "clients.illegal.withdraw");
        client.place(TODAY, NOW);
        assertRefused(() -> client.withdraw("weg", TODAY, NOW), "clients.illegal.withdraw");
        assertRefused(() -> client.changePersonalData(data(), NOW), "clients.illegal.change");
    }

    @Test
    void aWithdrawnClientIsClosedAndCannotComeBack() {
        Client client = eligible();
        client.withdraw("Zelf woonruimte gevonden", TODAY, NOW);
        assertThat(client.getStatus()).isEqualTo(ClientStatus.WITHDRAWN);
        assertThat(client.getClosedOn()).isEqualTo(TODAY);
        assertRefused(() -> client.submit(NOW), "clients.illegal.submit");
        assertRefused(() -> client.propose(TODAY, NOW), "clients.illegal.propose");
        assertRefused(() -> client.changeProfile(profile(), NOW), "clients.illegal.change");
    }

    @Test
    void aParkedClientWaitsAgainOnceItsDateHasCome() {
        Client client = eligible();
        client.park(TODAY.plusDays(10), "Tijdelijke opname", TODAY, NOW);
        assertThat(client.getStatus()).isEqualTo(ClientStatus.PARKED);
        assertThat(client.isWaiting(TODAY.plusDays(9))).isFalse();
        assertRefused(() -> client.propose(TODAY.plusDays(9), NOW), "clients.illegal.propose");
        assertThat(client.isWaiting(TODAY.plusDays(10))).isTrue();
        client.propose(TODAY.plusDays(10), NOW);
        assertThat(client.getStatus()).isEqualTo(ClientStatus.PROPOSED);
        assertThat(client.getParkedUntil()).isNull();
    }

    @Test
    void parkingNeedsADateInTheFutureAndUnparkingReturnsToTheQueue() {
        Client client = eligible();
        assertRefused(() -> client.park(TODAY, "vandaag", TODAY, NOW), "clients.park.until.future");
        client.park(TODAY.plusDays(1), "opname", TODAY, NOW);
        client.unpark(NOW);
        assertThat(client.getStatus()).isEqualTo(ClientStatus.ELIGIBLE);
        assertThat(client.getParkReason()).isNull();
    }

    @Test
    void anonymisingKeepsOnlyWhatStatisticsNeed() {
        Client client = eligible();
        assertRefused(() -> client.anonymise(NOW), "clients.illegal.anonymise");
        client.storeBsn("v1:encrypted", "index");
        client.withdraw("Verhuisd naar elders", TODAY, NOW);
        client.anonymise(NOW);

        assertThat(client.getName()).isNull();
        assertThat(client.getDateOfBirth()).isNull();
        assertThat(client.getBsnEncrypted()).isNull();
        assertThat(client.getBsnIndex()).isNull();
        assertThat(client.getSupervisorName()).isNull();
        assertThat(client.getWithdrawalReason()).isNull();
        assertThat(client.profile()).isEmpty();
        assertThat(client.getTargetGroupId()).isEqualTo(1L);
        assertThat(client.getCareProviderId()).isEqualTo(7L);
        assertThat(client.getEligibleSince()).isEqualTo(TODAY);
        assertThat(client.getStatus()).isEqualTo(ClientStatus.WITHDRAWN);
        assertThat(client.getAnonymisedAt()).isEqualTo(NOW);
        assertRefused(() -> client.anonymise(NOW), "clients.illegal.anonymise");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class).hasMessage(key);
    }
}
