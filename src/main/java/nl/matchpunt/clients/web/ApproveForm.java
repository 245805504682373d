package nl.matchpunt.clients.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import nl.matchpunt.shared.SensibleDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The coordinator's eligibility decision: the date from which the client waits. */
class ApproveForm {

    @NotNull
    @PastOrPresent(message = "{clients.approve.future}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @SensibleDate
    private @Nullable LocalDate eligibleSince;

    public @Nullable LocalDate getEligibleSince() {
        return eligibleSince;
    }

    public void setEligibleSince(@Nullable LocalDate eligibleSince) {
        this.eligibleSince = eligibleSince;
    }
}
