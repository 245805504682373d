package nl.matchpunt.clients;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The port through which the retention of a placed client learns when its placement case ended. Clients defines
 * it and does not know who implements it: the cases module does. Without an implementation no case has ended, and
 * no placed client is anonymised.
 */
public interface PlacementEnds {

    /** The day the client's latest placement case ended (closed, or ended early); empty while it runs. */
    Optional<LocalDate> caseEndedOn(Long clientId);

    /** The clients whose latest placement case ended on or before {@code date}. */
    List<Long> clientsWhoseCaseEndedOnOrBefore(LocalDate date);
}
