package nl.matchpunt.cases;

/** The state of one working agreement in a case. */
public enum AgreementState {
    OPEN,
    DONE,
    /** Does not apply to this case; a reason is recorded. */
    NOT_APPLICABLE
}
