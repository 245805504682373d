package nl.matchpunt.clients.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reason, for withdrawing or rejecting a client. */
class ReasonForm {

    @NotBlank
    @Size(max = 500)
    private String reason = "";

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
