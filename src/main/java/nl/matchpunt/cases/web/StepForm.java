package nl.matchpunt.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.matchpunt.shared.SensibleDate;
import nl.matchpunt.shared.web.FieldRule;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Marks a working agreement done (with the date and a note as evidence) or not applicable (with a reason). */
@FieldRule(holds = "dateGivenWhenDone", field = "doneOn", message = "{cases.step.dateRequired}")
class StepForm {

    /** DONE or NOT_APPLICABLE. */
    @NotNull
    private @Nullable String outcome = "DONE";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @SensibleDate
    private @Nullable LocalDate doneOn;

    @NotBlank
    @Size(max = 1000)
    private String note = "";

    /** A {@link FieldRule} of this form, reported at {@code doneOn}. */
    public boolean dateGivenWhenDone() {
        return !"DONE".equals(outcome) || doneOn != null;
    }

    public boolean isDone() {
        return "DONE".equals(outcome);
    }

    public @Nullable String getOutcome() {
        return outcome;
    }

    public void setOutcome(@Nullable String outcome) {
        this.outcome = outcome;
    }

    public @Nullable LocalDate getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(@Nullable LocalDate doneOn) {
        this.doneOn = doneOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
