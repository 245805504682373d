package nl.matchpunt.matching;

/** A party's decision on a proposal. */
public enum Decision {
    ACCEPTED,
    DECLINED
}
