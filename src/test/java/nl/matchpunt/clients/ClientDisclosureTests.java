package nl.matchpunt.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import nl.matchpunt.organisations.CurrentUser;
import nl.matchpunt.organisations.OrganisationType;
import nl.matchpunt.organisations.Role;
import org.junit.jupiter.api.Test;

/** The one rule of what a viewer sees of a client, for every kind of viewer. */
class ClientDisclosureTests {

    private static final long HVO = 10;

    private static final Set<SharedField> NO_GROUP = EnumSet.complementOf(EnumSet.of(SharedField.TARGET_GROUP));

    @Test
    void theCoordinatorAndTheOwnCareProviderSeeEverythingACorporationOnlyWhatWasShared() {
        CurrentUser coordinator = user(Role.COORDINATOR, 1, OrganisationType.MUNICIPALITY);
        CurrentUser hvo = user(Role.CARE_PROVIDER_STAFF, HVO, OrganisationType.CARE_PROVIDER);
        CurrentUser leger = user(Role.CARE_PROVIDER_STAFF, 11, OrganisationType.CARE_PROVIDER);
        CurrentUser ymere = user(Role.CORPORATION_STAFF, 20, OrganisationType.HOUSING_CORPORATION);
        CurrentUser admin = user(Role.ADMIN, 1, OrganisationType.MUNICIPALITY);

        for (SharedField field : SharedField.values()) {
            assertThat(ClientDisclosure.mayShow(coordinator, HVO, Set.of(), field))
                    .isTrue();
            assertThat(ClientDisclosure.mayShow(hvo, HVO, Set.of(), field)).isTrue();
            assertThat(ClientDisclosure.mayShow(leger, HVO, EnumSet.allOf(SharedField.class), field))
                    .isFalse();
            assertThat(ClientDisclosure.mayShow(admin, HVO, EnumSet.allOf(SharedField.class), field))
                    .isFalse();
            assertThat(ClientDisclosure.mayShow(ymere, HVO, NO_GROUP, field))
                    .isEqualTo(field != SharedField.TARGET_GROUP);
        }
        assertThat(ClientDisclosure.groupsOnlyWithConsent(ymere)).isTrue();
        assertThat(ClientDisclosure.groupsOnlyWithConsent(coordinator)).isFalse();
        assertThat(ClientDisclosure.groupsOnlyWithConsent(hvo)).isFalse();

        ClientDisclosure disclosure = new ClientDisclosure(5);
        assertThat(disclosure.suppressesSmallCells(ymere)).isTrue();
        assertThat(disclosure.suppressesSmallCells(hvo)).isTrue();
        assertThat(disclosure.suppressesSmallCells(coordinator)).isFalse();
    }

    @Test
    void aThresholdUnderOneIsRefused() {
        assertThatThrownBy(() -> new ClientDisclosure(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static CurrentUser user(Role role, long organisation, OrganisationType type) {
        return new CurrentUser(1L, "u", "U", role, organisation, "O", type);
    }
}
