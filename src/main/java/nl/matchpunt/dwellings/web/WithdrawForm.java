package nl.matchpunt.dwellings.web;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Why a corporation withdraws a vacancy (the entity refuses a blank reason). */
public class WithdrawForm {

    @Size(max = 500)
    private String reason = "";

    public String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason == null ? "" : reason;
    }
}
