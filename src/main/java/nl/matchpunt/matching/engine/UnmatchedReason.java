package nl.matchpunt.matching.engine;

/** Why a dwelling got no proposal in a round. */
public enum UnmatchedReason {
    /** No waiting client meets every hard rule for the dwelling. */
    NO_FEASIBLE_CLIENT("no feasible client", "geen cliënt voldoet aan alle harde eisen"),
    /** Some feasible client is still waiting, but the intake capacity of its care provider is used up. */
    CAPACITY("capacity", "intakecapaciteit van de zorgaanbieders van de passende cliënten is op"),
    /** Every feasible client got another dwelling, which gave more proposals or a higher total score. */
    NO_CLIENT_LEFT("no client left", "alle passende cliënten krijgen een andere woning");

    private final String code;
    private final String dutchText;

    UnmatchedReason(String code, String dutchText) {
        this.code = code;
        this.dutchText = dutchText;
    }

    /** The reason in the JSON output. */
    public String code() {
        return code;
    }

    /** The reason on screen, in Dutch. */
    public String dutchText() {
        return dutchText;
    }
}
