package nl.matchpunt.organisations.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.matchpunt.organisations.PasswordPolicy;
import nl.matchpunt.organisations.Role;
import nl.matchpunt.shared.web.FieldRule;
import org.jspecify.annotations.Nullable;

/** What the administrator types to create an account. */
@FieldRule(holds = "passwordRepeated", field = "passwordRepeat", message = "{account.password.repeat}")
class AccountForm {

    @NotBlank
    @Size(min = 2, max = 60)
    @Pattern(regexp = "[a-zA-Z0-9._-]*", message = "{account.username.pattern}")
    private String username = "";

    @NotBlank
    @Size(max = 120)
    private String displayName = "";

    @Email
    @Size(max = 200)
    private String email = "";

    @NotNull
    private @Nullable Long organisationId;

    @NotNull
    private @Nullable Role role;

    @NotBlank
    @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH)
    private String password = "";

    private String passwordRepeat = "";

    /** A {@link FieldRule} of this form, reported at {@code passwordRepeat}. */
    public boolean passwordRepeated() {
        return password.equals(passwordRepeat);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public @Nullable Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(@Nullable Long organisationId) {
        this.organisationId = organisationId;
    }

    public @Nullable Role getRole() {
        return role;
    }

    public void setRole(@Nullable Role role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeat() {
        return passwordRepeat;
    }

    public void setPasswordRepeat(String passwordRepeat) {
        this.passwordRepeat = passwordRepeat;
    }
}
