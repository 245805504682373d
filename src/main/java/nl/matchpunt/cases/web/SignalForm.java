package nl.matchpunt.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.matchpunt.cases.SignalKind;
import org.jspecify.annotations.Nullable;

/** A signal: its kind and what was seen or reported. */
class SignalForm {

    @NotNull
    private @Nullable SignalKind kind;

    @NotBlank
    @Size(max = 1000)
    private String description = "";

    public @Nullable SignalKind getKind() {
        return kind;
    }

    public void setKind(@Nullable SignalKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
