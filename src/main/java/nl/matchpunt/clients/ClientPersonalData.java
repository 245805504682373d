package nl.matchpunt.clients;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the care provider registers about a client, apart from the BSN and the profile.
 *
 * @param currentLocation the shelter or sheltered-housing location where the client lives now
 */
public record ClientPersonalData(
        String name,
        LocalDate dateOfBirth,
        @Nullable String phone,
        @Nullable String email,
        String supervisorName,
        @Nullable String supervisorPhone,
        @Nullable String supervisorEmail,
        Long targetGroupId,
        int adults,
        int children,
        IncomeBand incomeBand,
        @Nullable String currentLocation) {}
