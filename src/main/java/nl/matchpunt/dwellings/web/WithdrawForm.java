package nl.matchpunt.dwellings.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Why a corporation withdraws a vacancy. */
public class WithdrawForm {

    @NotBlank(message = "{dwellings.withdrawalReason.required}")
    @Size(max = 500)
    private String reason = "";

    public String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason == null ? "" : reason;
    }
}
