package nl.matchpunt.clients;

import static nl.matchpunt.shared.ClockConfiguration.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.matchpunt.shared.DomainException;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The module's API for the matching module: the waiting clients, proposal status changes, the consent view. */
@IntegrationTest
class ClientMatchingApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ClientService clients;

    private Long eligibleClient(String name) {
        WebSession hvo = WebSession.loggedIn(port, "hvo");
        Long id = ClientPages.register(
                hvo,
                name,
                BsnTests.randomValid(),
                clients.activeTargetGroups().get(0).id());
        ClientPages.profileAndSubmit(hvo, id);
        ClientPages.approve(
                WebSession.loggedIn(port, "coordinator"),
                id,
                LocalDate.now(AMSTERDAM).minusDays(10).toString());
        return id;
    }

    private boolean waiting(Long id, LocalDate on) {
        return clients.waitingForMatching(on).stream()
                .anyMatch(client -> client.id().equals(id));
    }

    @Test
    void anEligibleClientWaitsWithItsProfileUntilProposedAndAgainWhenReturned() {
        Long id = eligibleClient(ClientPages.uniqueName());
        LocalDate today = LocalDate.now(AMSTERDAM);

        WaitingClient waiting = clients.waitingForMatching(today).stream()
                .filter(client -> client.id().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(waiting.eligibleSince()).isEqualTo(today.minusDays(10));
        assertThat(waiting.profile().maxRent()).isEqualByComparingTo(new BigDecimal("800"));
        assertThat(waiting.profile().needsElevator()).isTrue();
        assertThat(waiting.householdSize()).isEqualTo(3);

        clients.markProposed(id);
        assertThat(waiting(id, today)).isFalse();
        assertThatThrownBy(() -> clients.markProposed(id)).isInstanceOf(DomainException.class);
        clients.returnToQueue(id);
        assertThat(waiting(id, today)).isTrue();

        clients.markProposed(id);
        clients.markPlaced(id);
        assertThat(waiting(id, today)).isFalse();
        assertThatThrownBy(() -> clients.returnToQueue(id)).isInstanceOf(DomainException.class);
    }

    @Test
    void aParkedClientIsNotMatchedUntilItsDate() {
        Long id = eligibleClient(ClientPages.uniqueName());
        LocalDate today = LocalDate.now(AMSTERDAM);
        clients.park(id, today.plusDays(60), "Aanbod geweigerd");

        assertThat(waiting(id, today)).isFalse();
        assertThat(waiting(id, today.plusDays(59))).isFalse();
        assertThat(waiting(id, today.plusDays(60))).isTrue();
    }

    @Test
    void theCorporationSeesOnlyWhatTheClientConsentedTo() {
        String name = ClientPages.uniqueName();
        Long id = eligibleClient(name);

        CorporationView view = clients.corporationView(id);
        assertThat(view.clientCode()).matches("C-\\d{4}-\\d{4,}");
        assertThat(view.sharedFields()).containsExactly(SharedField.HOUSEHOLD);
        assertThat(view.adults()).isEqualTo(1);
        assertThat(view.children()).isEqualTo(2);
        assertThat(view.name()).isNull();
        assertThat(view.targetGroupName()).isNull();
        assertThat(view.hardRequirements()).isNull();
        assertThat(view.supervisorName()).isNull();
        assertThat(view.toString()).doesNotContain(name);
    }
}
