package nl.matchpunt.organisations.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.matchpunt.organisations.PasswordPolicy;
import nl.matchpunt.shared.web.FieldRule;
import org.jspecify.annotations.Nullable;

/** The temporary password an administrator gives an account, twice; the user must change it at the next login. */
@FieldRule(holds = "passwordRepeated", field = "passwordRepeat", message = "{account.password.repeat}")
class PasswordResetForm {

    @NotBlank
    @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH)
    private String password = "";

    private String passwordRepeat = "";

    /** A {@link FieldRule} of this form, reported at {@code passwordRepeat}. */
    public boolean passwordRepeated() {
        return password.equals(passwordRepeat);
    }

    void forgetPasswords() {
        password = "";
        passwordRepeat = "";
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password == null ? "" : password;
    }

    public String getPasswordRepeat() {
        return passwordRepeat;
    }

    public void setPasswordRepeat(@Nullable String passwordRepeat) {
        this.passwordRepeat = passwordRepeat == null ? "" : passwordRepeat;
    }
}
