package nl.matchpunt.cases;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The ten working agreements ("Tien werkafspraken Thuis in de wijk") as steps of a case: each with its
 * responsible party, whether the corporation sees it (only what concerns the dwelling), and its due date, where
 * one applies, counted from the move-in date.
 */
public enum WorkingAgreement {
    OFFER_WITH_CARE(1, ResponsibleParty.JOINTLY, true, -1),
    SUPPORT_PLAN(2, ResponsibleParty.CARE_PROVIDER, false, 28),
    LEASE(3, ResponsibleParty.JOINTLY, true, 0),
    INTRODUCTION_VISIT(4, ResponsibleParty.JOINTLY, true, 42),
    EARLY_WARNING(5, ResponsibleParty.JOINTLY, true, -1),
    NUISANCE_HANDLING(6, ResponsibleParty.CARE_PROVIDER, true, -1),
    FINANCIAL_SUPPORT(7, ResponsibleParty.CARE_PROVIDER, false, 28),
    LEASE_TRANSFER(8, ResponsibleParty.JOINTLY, true, -1),
    WATCHFUL_PERIOD(9, ResponsibleParty.CARE_PROVIDER, false, -1),
    CONSENT_AND_PRIVACY(10, ResponsibleParty.CARE_PROVIDER, false, 0);

    private final int number;

    private final ResponsibleParty party;

    private final boolean sharedWithCorporation;

    private final int daysAfterMoveIn;

    WorkingAgreement(int number, ResponsibleParty party, boolean sharedWithCorporation, int daysAfterMoveIn) {
        this.number = number;
        this.party = party;
        this.sharedWithCorporation = sharedWithCorporation;
        this.daysAfterMoveIn = daysAfterMoveIn;
    }

    public int number() {
        return number;
    }

    public ResponsibleParty party() {
        return party;
    }

    /** Whether the dwelling's corporation sees this step (the others are care details). */
    public boolean isSharedWithCorporation() {
        return sharedWithCorporation;
    }

    /**
     * The due date counted from the move-in date: the support plan and the budgeting support within 4 weeks, the
     * lease and the consent by the move-in date, the introduction visit within 6 weeks; none for standing duties.
     */
    public @Nullable LocalDate dueDate(LocalDate moveIn) {
        return daysAfterMoveIn < 0 ? null : moveIn.plusDays(daysAfterMoveIn);
    }

    public static WorkingAgreement ofNumber(int number) {
        for (WorkingAgreement agreement : values()) {
            if (agreement.number == number) {
                return agreement;
            }
        }
        throw new IllegalArgumentException("no working agreement " + number);
    }
}
