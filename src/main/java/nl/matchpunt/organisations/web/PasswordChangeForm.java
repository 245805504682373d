package nl.matchpunt.organisations.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.matchpunt.organisations.PasswordPolicy;
import nl.matchpunt.shared.web.FieldRule;
import org.jspecify.annotations.Nullable;

/** The user's own password change: the current password and the new one, twice. */
@FieldRule(holds = "passwordRepeated", field = "newPasswordRepeat", message = "{account.password.repeat}")
class PasswordChangeForm {

    @NotBlank
    @Size(max = PasswordPolicy.MAX_LENGTH)
    private String currentPassword = "";

    @NotBlank
    @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH)
    private String newPassword = "";

    private String newPasswordRepeat = "";

    /** A {@link FieldRule} of this form, reported at {@code newPasswordRepeat}. */
    public boolean passwordRepeated() {
        return newPassword.equals(newPasswordRepeat);
    }

    /** Passwords are never shown again, not even after a mistake. */
    void forgetPasswords() {
        currentPassword = "";
        newPassword = "";
        newPasswordRepeat = "";
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(@Nullable String currentPassword) {
        this.currentPassword = currentPassword == null ? "" : currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(@Nullable String newPassword) {
        this.newPassword = newPassword == null ? "" : newPassword;
    }

    public String getNewPasswordRepeat() {
        return newPasswordRepeat;
    }

    public void setNewPasswordRepeat(@Nullable String newPasswordRepeat) {
        this.newPasswordRepeat = newPasswordRepeat == null ? "" : newPasswordRepeat;
    }
}
