package nl.matchpunt.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A note alone: the response to a signal, an escalation step, the closing note. */
class NoteForm {

    @NotBlank
    @Size(max = 1000)
    private String note = "";

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
