package nl.matchpunt.cases.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.matchpunt.shared.web.FieldRule;
import org.jspecify.annotations.Nullable;

/**
 * A yes/no decision with a note: the independent review (agrees or not) and the coordinator's approval or
 * refusal. A no always needs its reason.
 */
@FieldRule(holds = "noteGiven", field = "note", message = "{cases.decision.noteRequired}")
class DecisionForm {

    @NotNull
    private @Nullable Boolean yes;

    @Size(max = 1000)
    private String note = "";

    /** A {@link FieldRule} of this form, reported at {@code note}. */
    public boolean noteGiven() {
        return !note.isBlank() || !Boolean.FALSE.equals(yes);
    }

    public @Nullable Boolean getYes() {
        return yes;
    }

    public void setYes(@Nullable Boolean yes) {
        this.yes = yes;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
