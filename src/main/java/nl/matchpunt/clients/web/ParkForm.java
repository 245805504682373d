package nl.matchpunt.clients.web;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.matchpunt.shared.SensibleDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Parking a client until a date, with a reason. */
class ParkForm {

    @NotNull
    @Future(message = "{clients.park.until.future}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @SensibleDate
    private @Nullable LocalDate until;

    @NotBlank
    @Size(max = 500)
    private String reason = "";

    public @Nullable LocalDate getUntil() {
        return until;
    }

    public void setUntil(@Nullable LocalDate until) {
        this.until = until;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
