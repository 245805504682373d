package nl.matchpunt.cases;

/** An early-warning signal about a placement; a nuisance report needs the provider's response in 2 working days. */
public enum SignalKind {
    RENT_ARREARS,
    NEGLECT,
    NUISANCE,
    OTHER
}
