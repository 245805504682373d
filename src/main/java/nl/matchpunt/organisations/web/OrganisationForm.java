package nl.matchpunt.organisations.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.matchpunt.organisations.OrganisationType;
import org.jspecify.annotations.Nullable;

/** What the administrator types to create an organisation. */
class OrganisationForm {

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[a-zA-Z0-9-]*", message = "{organisation.code.pattern}")
    private String code = "";

    @NotBlank
    @Size(max = 120)
    private String name = "";

    @NotNull
    private @Nullable OrganisationType type;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable OrganisationType getType() {
        return type;
    }

    public void setType(@Nullable OrganisationType type) {
        this.type = type;
    }
}
