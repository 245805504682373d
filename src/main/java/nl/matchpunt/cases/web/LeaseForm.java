package nl.matchpunt.cases.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import nl.matchpunt.shared.SensibleDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The start of the new lease in the client's own name. */
class LeaseForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @SensibleDate
    private @Nullable LocalDate leaseStart;

    public @Nullable LocalDate getLeaseStart() {
        return leaseStart;
    }

    public void setLeaseStart(@Nullable LocalDate leaseStart) {
        this.leaseStart = leaseStart;
    }
}
