package nl.matchpunt.clients.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import nl.matchpunt.clients.ClientDetails;
import nl.matchpunt.clients.ClientPersonalData;
import nl.matchpunt.clients.IncomeBand;
import nl.matchpunt.shared.SensibleDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** What the care provider types to register a client or change its personal data. */
class ClientForm {

    private static final String PHONE = "[0-9+() -]*";

    @NotBlank
    @Size(max = 200)
    private String name = "";

    @NotNull
    @Past
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @SensibleDate
    private @Nullable LocalDate dateOfBirth;

    /** Required when registering; when editing, empty keeps the stored BSN (which is never put in the form). */
    @ElevenTest
    private String bsn = "";

    @Size(max = 40)
    @Pattern(regexp = PHONE, message = "{clients.phone.pattern}")
    private String phone = "";

    @Email
    @Size(max = 200)
    private String email = "";

    @NotBlank
    @Size(max = 200)
    private String supervisorName = "";

    @Size(max = 40)
    @Pattern(regexp = PHONE, message = "{clients.phone.pattern}")
    private String supervisorPhone = "";

    @Email
    @Size(max = 200)
    private String supervisorEmail = "";

    @NotNull
    private @Nullable Long targetGroupId;

    @NotNull
    @Min(1)
    @Max(10)
    private @Nullable Integer adults = 1;

    @NotNull
    @Min(0)
    @Max(15)
    private @Nullable Integer children = 0;

    @NotNull
    private @Nullable IncomeBand incomeBand;

    @Size(max = 200)
    private String currentLocation = "";

    private long version;

    static ClientForm of(ClientDetails client) {
        ClientForm form = new ClientForm();
        form.name = Objects.requireNonNullElse(client.name(), "");
        form.dateOfBirth = client.dateOfBirth();
        form.phone = Objects.requireNonNullElse(client.phone(), "");
        form.email = Objects.requireNonNullElse(client.email(), "");
        form.supervisorName = Objects.requireNonNullElse(client.supervisorName(), "");
        form.supervisorPhone = Objects.requireNonNullElse(client.supervisorPhone(), "");
        form.supervisorEmail = Objects.requireNonNullElse(client.supervisorEmail(), "");
        form.targetGroupId = client.targetGroupId();
        form.adults = client.adults();
        form.children = client.children();
        form.incomeBand = client.incomeBand();
        form.currentLocation = Objects.requireNonNullElse(client.currentLocation(), "");
        form.version = client.version();
        return form;
    }

    ClientPersonalData toData() {
        return new ClientPersonalData(
                name.strip(),
                Objects.requireNonNull(dateOfBirth),
                blankToNull(phone),
                blankToNull(email),
                supervisorName.strip(),
                blankToNull(supervisorPhone),
                blankToNull(supervisorEmail),
                Objects.requireNonNull(targetGroupId),
                Objects.requireNonNull(adults),
                Objects.requireNonNull(children),
                Objects.requireNonNull(incomeBand),
                blankToNull(currentLocation));
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(@Nullable LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getBsn() {
        return bsn;
    }

    public void setBsn(String bsn) {
        this.bsn = bsn;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getSupervisorName() {
        return supervisorName;
    }

    public void setSupervisorName(String supervisorName) {
        this.supervisorName = supervisorName;
    }

    public String getSupervisorPhone() {
        return supervisorPhone;
    }

    public void setSupervisorPhone(String supervisorPhone) {
        this.supervisorPhone = supervisorPhone;
    }

    public String getSupervisorEmail() {
        return supervisorEmail;
    }

    public void setSupervisorEmail(String supervisorEmail) {
        this.supervisorEmail = supervisorEmail;
    }

    public @Nullable Long getTargetGroupId() {
        return targetGroupId;
    }

    public void setTargetGroupId(@Nullable Long targetGroupId) {
        this.targetGroupId = targetGroupId;
    }

    public @Nullable Integer getAdults() {
        return adults;
    }

    public void setAdults(@Nullable Integer adults) {
        this.adults = adults;
    }

    public @Nullable Integer getChildren() {
        return children;
    }

    public void setChildren(@Nullable Integer children) {
        this.children = children;
    }

    public @Nullable IncomeBand getIncomeBand() {
        return incomeBand;
    }

    public void setIncomeBand(@Nullable IncomeBand incomeBand) {
        this.incomeBand = incomeBand;
    }

    public String getCurrentLocation() {
        return currentLocation;
    }

    public void setCurrentLocation(String currentLocation) {
        this.currentLocation = currentLocation;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
