package nl.matchpunt.matching.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A party's decline: a reason from the list and an optional note. */
class DeclineForm {

    @NotBlank(message = "{matching.decline.reason.required}")
    private String reasonCode = "";

    @Size(max = 1000)
    private String note = "";

    public String getReasonCode() {
        return reasonCode;
    }

    public void setReasonCode(String reasonCode) {
        this.reasonCode = reasonCode;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
