package nl.matchpunt.clients;

import java.util.EnumSet;
import java.util.Set;

/**
 * A part of a client's record that the client may consent to share with the corporation once a proposal exists.
 * The client code is always shown; the BSN and the date of birth are never shared.
 */
public enum SharedField {
    HOUSEHOLD,
    TARGET_GROUP,
    HARD_REQUIREMENTS,
    SOFT_PREFERENCES,
    INCOME_BAND,
    PROFILE_NOTE,
    SUPERVISOR_CONTACT,
    NAME;

    /** What a corporation sees unless the client chose otherwise. */
    public static Set<SharedField> defaults() {
        return EnumSet.of(HOUSEHOLD, TARGET_GROUP, HARD_REQUIREMENTS);
    }
}
