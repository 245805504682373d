package nl.matchpunt.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.matchpunt.shared.SensibleDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A date and a note: the introduction visit. */
class DatedNoteForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @SensibleDate
    private @Nullable LocalDate date;

    @NotBlank
    @Size(max = 1000)
    private String note = "";

    public @Nullable LocalDate getDate() {
        return date;
    }

    public void setDate(@Nullable LocalDate date) {
        this.date = date;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
