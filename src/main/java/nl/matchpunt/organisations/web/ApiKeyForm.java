package nl.matchpunt.organisations.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** For which corporation and under which name the administrator issues an API key. */
class ApiKeyForm {

    @NotNull
    private @Nullable Long organisationId;

    @NotBlank
    @Size(max = 80)
    private String name = "";

    public @Nullable Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(@Nullable Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name == null ? "" : name;
    }
}
