package nl.matchpunt.matching;

/** Which party may give a decline reason. */
public enum DeclinePartyScope {
    CORPORATION,
    CARE_PROVIDER,
    EITHER;

    public boolean allows(Party party) {
        return this == EITHER || name().equals(party.name());
    }
}
