package nl.matchpunt.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.matchpunt.cases.EndReason;
import org.jspecify.annotations.Nullable;

/** Ending a case early: the reason and a note. */
class EndForm {

    @NotNull
    private @Nullable EndReason reason;

    @NotBlank
    @Size(max = 1000)
    private String note = "";

    public @Nullable EndReason getReason() {
        return reason;
    }

    public void setReason(@Nullable EndReason reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
