package nl.matchpunt.matching.engine;

/** The parts of a pair score, with the key used in JSON and the Dutch label shown to the coordinator. */
public enum ScorePart {
    WAITING("waiting", "wachttijd"),
    PREFERENCES("preferences", "voorkeuren"),
    CONTINGENT("contingent", "contingent doelgroep"),
    SPREAD("spread", "spreiding over gebieden"),
    SCARCITY("scarcity", "schaarste");

    private final String key;
    private final String dutchLabel;

    ScorePart(String key, String dutchLabel) {
        this.key = key;
        this.dutchLabel = dutchLabel;
    }

    /** The key in the JSON breakdown. */
    public String key() {
        return key;
    }

    /** The label on screen, in Dutch. */
    public String dutchLabel() {
        return dutchLabel;
    }
}
