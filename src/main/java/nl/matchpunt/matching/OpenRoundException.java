package nl.matchpunt.matching;

import java.io.Serial;
import nl.matchpunt.shared.DomainException;

/** A new round was asked for while another round is open, without the explicit choice to close that one. */
public class OpenRoundException extends DomainException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Long openRoundId;

    OpenRoundException(MatchingRound open) {
        super("matching.round.alreadyOpen", open.getWeek(), open.getWeekYear());
        this.openRoundId = open.getId();
    }

    public Long getOpenRoundId() {
        return openRoundId;
    }
}
