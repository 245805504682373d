package nl.matchpunt.clients;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.matchpunt.shared.DomainException;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * A client put forward by a care provider. Its status changes only through the named methods below; an illegal
 * transition is refused with a {@link DomainException}. The BSN is held only encrypted, with a blind index.
 */
@Entity
@Table(name = "client")
class Client {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "client_code", nullable = false, unique = true, updatable = false)
    private String clientCode;

    @Column(name = "care_provider_id", nullable = false, updatable = false)
    private Long careProviderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClientStatus status = ClientStatus.DRAFT;

    private @Nullable String name;

    @Column(name = "date_of_birth")
    private @Nullable LocalDate dateOfBirth;

    @Column(name = "bsn_encrypted")
    private @Nullable String bsnEncrypted;

    @Column(name = "bsn_index")
    private @Nullable String bsnIndex;

    private @Nullable String phone;

    private @Nullable String email;

    @Column(name = "supervisor_name")
    private @Nullable String supervisorName;

    @Column(name = "supervisor_phone")
    private @Nullable String supervisorPhone;

    @Column(name = "supervisor_email")
    private @Nullable String supervisorEmail;

    @Column(name = "target_group_id", nullable = false)
    private Long targetGroupId;

    private @Nullable Integer adults;

    private @Nullable Integer children;

    @Enumerated(EnumType.STRING)
    @Column(name = "income_band")
    private @Nullable IncomeBand incomeBand;

    @Column(name = "current_location")
    private @Nullable String currentLocation;

    @Embedded
    private HousingNeedProfile profile = HousingNeedProfile.empty();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "client_shared_field", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "field")
    @Enumerated(EnumType.STRING)
    private Set<SharedField> sharedFields = new HashSet<>(SharedField.defaults());

    @Column(name = "consent_recorded_at")
    private @Nullable Instant consentRecordedAt;

    @Column(name = "consent_recorded_by")
    private @Nullable String consentRecordedBy;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "eligible_since")
    private @Nullable LocalDate eligibleSince;

    @Column(name = "decided_by")
    private @Nullable String decidedBy;

    @Column(name = "rejection_reason")
    private @Nullable String rejectionReason;

    @Column(name = "parked_until")
    private @Nullable LocalDate parkedUntil;

    @Column(name = "park_reason")
    private @Nullable String parkReason;

    @Column(name = "withdrawal_reason")
    private @Nullable String withdrawalReason;

    @Column(name = "placed_on")
    private @Nullable LocalDate placedOn;

    @Column(name = "closed_on")
    private @Nullable LocalDate closedOn;

    @Column(name = "anonymised_at")
    private @Nullable Instant anonymisedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Client() {
        this.clientCode = "";
        this.careProviderId = 0L;
        this.targetGroupId = 0L;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    Client(String clientCode, Long careProviderId, ClientPersonalData data, Instant now) {
        this.clientCode = clientCode;
        this.careProviderId = careProviderId;
        this.targetGroupId = data.targetGroupId();
        this.createdAt = now;
        this.updatedAt = now;
        changePersonalData(data, now);
    }

    // --- personal data and profile -------------------------------------------------------------------------

    void changePersonalData(ClientPersonalData data, Instant now) {
        requireOpen("clients.illegal.change");
        this.name = data.name();
        this.dateOfBirth = data.dateOfBirth();
        this.phone = data.phone();
        this.email = data.email();
        this.supervisorName = data.supervisorName();
        this.supervisorPhone = data.supervisorPhone();
        this.supervisorEmail = data.supervisorEmail();
        this.targetGroupId = data.targetGroupId();
        this.adults = data.adults();
        this.children = data.children();
        this.incomeBand = data.incomeBand();
        this.currentLocation = data.currentLocation();
        this.updatedAt = now;
    }

    void storeBsn(String encrypted, String blindIndex) {
        requireOpen("clients.illegal.change");
        this.bsnEncrypted = encrypted;
        this.bsnIndex = blindIndex;
    }

    void changeProfile(ClientProfile newProfile, Instant now) {
        requireOpen("clients.illegal.change");
        newProfile.check();
        this.profile.replaceWith(newProfile);
        this.updatedAt = now;
    }

    /** Records the client's consent: what the corporation may see once a proposal exists, and who noted it. */
    void recordConsent(Set<SharedField> fields, String recordedBy, Instant now) {
        requireOpen("clients.illegal.change");
        this.sharedFields.clear();
        this.sharedFields.addAll(fields);
        this.consentRecordedAt = now;
        this.consentRecordedBy = recordedBy;
        this.updatedAt = now;
    }

    private void requireOpen(String messageKey) {
        if (status.isClosed() || status == ClientStatus.PLACED || anonymisedAt != null) {
            throw new DomainException(messageKey);
        }
    }

    // --- status transitions --------------------------------------------------------------------------------

    /** DRAFT → SUBMITTED: the care provider asks the coordinator for an eligibility decision. */
    void submit(Instant now) {
        require(status == ClientStatus.DRAFT, "clients.illegal.submit");
        if (profile.toValue().isEmpty()) {
            throw new DomainException("clients.submit.profileMissing");
        }
        this.status = ClientStatus.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    /** SUBMITTED → ELIGIBLE: the coordinator's eligibility decision; starts the three-month clock. */
    void approve(LocalDate since, String coordinator, Instant now) {
        require(status == ClientStatus.SUBMITTED, "clients.illegal.approve");
        this.status = ClientStatus.ELIGIBLE;
        this.eligibleSince = since;
        this.decidedBy = coordinator;
        this.updatedAt = now;
    }

    /** SUBMITTED → REJECTED, with a reason; the retention period starts. */
    void reject(String reason, String coordinator, LocalDate today, Instant now) {
        require(status == ClientStatus.SUBMITTED, "clients.illegal.reject");
        this.status = ClientStatus.REJECTED;
        this.rejectionReason = reason;
        this.decidedBy = coordinator;
        this.closedOn = today;
        this.updatedAt = now;
    }

    /** The care provider withdraws the client (not while a proposal is open, nor after placement). */
    void withdraw(String reason, LocalDate today, Instant now) {
        require(
                EnumSet.of(ClientStatus.DRAFT, ClientStatus.SUBMITTED, ClientStatus.ELIGIBLE, ClientStatus.PARKED)
                        .contains(status),
                "clients.illegal.withdraw");
        this.status = ClientStatus.WITHDRAWN;
        this.withdrawalReason = reason;
        this.closedOn = today;
        this.parkedUntil = null;
        this.updatedAt = now;
    }

    /** ELIGIBLE (or PARKED whose date has passed) → PROPOSED: the matching module made a proposal. */
    void propose(LocalDate today, Instant now) {
        require(isWaiting(today), "clients.illegal.propose");
        this.status = ClientStatus.PROPOSED;
        this.parkedUntil = null;
        this.parkReason = null;
        this.updatedAt = now;
    }

    /** PROPOSED → ELIGIBLE: the proposal fell through; the client waits again with the same eligibility date. */
    void returnToQueue(Instant now) {
        require(status == ClientStatus.PROPOSED, "clients.illegal.returnToQueue");
        this.status = ClientStatus.ELIGIBLE;
        this.updatedAt = now;
    }

    /** PROPOSED → PLACED: both parties accepted the proposal. */
    void place(LocalDate on, Instant now) {
        require(status == ClientStatus.PROPOSED, "clients.illegal.place");
        this.status = ClientStatus.PLACED;
        this.placedOn = on;
        this.updatedAt = now;
    }

    /** ELIGIBLE or PROPOSED → PARKED until a later date, with a reason: not matched meanwhile. */
    void park(LocalDate until, String reason, LocalDate today, Instant now) {
        require(
                status == ClientStatus.ELIGIBLE || status == ClientStatus.PROPOSED || status == ClientStatus.PARKED,
                "clients.illegal.park");
        if (!until.isAfter(today)) {
            throw new DomainException("clients.park.until.future");
        }
        this.status = ClientStatus.PARKED;
        this.parkedUntil = until;
        this.parkReason = reason;
        this.updatedAt = now;
    }

    /** PARKED → ELIGIBLE, by the coordinator or because the date has passed. */
    void unpark(Instant now) {
        require(status == ClientStatus.PARKED, "clients.illegal.unpark");
        this.status = ClientStatus.ELIGIBLE;
        this.parkedUntil = null;
        this.parkReason = null;
        this.updatedAt = now;
    }

    /** Whether the client is waiting for a dwelling on {@code date}: eligible, or parked until then at the latest. */
    boolean isWaiting(LocalDate date) {
        return status == ClientStatus.ELIGIBLE
                || (status == ClientStatus.PARKED && parkedUntil != null && !parkedUntil.isAfter(date));
    }

    /**
     * Removes everything that can tell who the client is, keeping only what statistics need: the target group,
     * the care provider, the dates and the status. Allowed only for a closed client.
     */
    void anonymise(Instant now) {
        require(
                (status.isClosed() || status == ClientStatus.PLACED) && anonymisedAt == null,
                "clients.illegal.anonymise");
        this.name = null;
        this.dateOfBirth = null;
        this.bsnEncrypted = null;
        this.bsnIndex = null;
        this.phone = null;
        this.email = null;
        this.supervisorName = null;
        this.supervisorPhone = null;
        this.supervisorEmail = null;
        this.adults = null;
        this.children = null;
        this.incomeBand = null;
        this.currentLocation = null;
        this.profile.erase();
        this.sharedFields.clear();
        this.consentRecordedBy = null;
        this.rejectionReason = null;
        this.withdrawalReason = null;
        this.parkReason = null;
        this.anonymisedAt = now;
        this.updatedAt = now;
    }

    private void require(boolean allowed, String messageKey) {
        if (!allowed || anonymisedAt != null) {
            throw new DomainException(messageKey);
        }
    }

    // --- reading ------------------------------------------------------------------------------------------

    Long getId() {
        if (id == null) {
            throw new IllegalStateException("client not saved yet");
        }
        return id;
    }

    String getClientCode() {
        return clientCode;
    }

    Long getCareProviderId() {
        return careProviderId;
    }

    ClientStatus getStatus() {
        return status;
    }

    @Nullable
    String getName() {
        return name;
    }

    @Nullable
    LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    @Nullable
    String getBsnEncrypted() {
        return bsnEncrypted;
    }

    @Nullable
    String getBsnIndex() {
        return bsnIndex;
    }

    @Nullable
    String getPhone() {
        return phone;
    }

    @Nullable
    String getEmail() {
        return email;
    }

    @Nullable
    String getSupervisorName() {
        return supervisorName;
    }

    @Nullable
    String getSupervisorPhone() {
        return supervisorPhone;
    }

    @Nullable
    String getSupervisorEmail() {
        return supervisorEmail;
    }

    Long getTargetGroupId() {
        return targetGroupId;
    }

    @Nullable
    Integer getAdults() {
        return adults;
    }

    @Nullable
    Integer getChildren() {
        return children;
    }

    int householdSize() {
        return (adults == null ? 0 : adults) + (children == null ? 0 : children);
    }

    @Nullable
    IncomeBand getIncomeBand() {
        return incomeBand;
    }

    @Nullable
    String getCurrentLocation() {
        return currentLocation;
    }

    Optional<ClientProfile> profile() {
        return profile.toValue();
    }

    Set<SharedField> getSharedFields() {
        return sharedFields.isEmpty() ? EnumSet.noneOf(SharedField.class) : EnumSet.copyOf(sharedFields);
    }

    @Nullable
    Instant getConsentRecordedAt() {
        return consentRecordedAt;
    }

    @Nullable
    String getConsentRecordedBy() {
        return consentRecordedBy;
    }

    @Nullable
    Instant getSubmittedAt() {
        return submittedAt;
    }

    @Nullable
    LocalDate getEligibleSince() {
        return eligibleSince;
    }

    @Nullable
    String getDecidedBy() {
        return decidedBy;
    }

    @Nullable
    String getRejectionReason() {
        return rejectionReason;
    }

    @Nullable
    LocalDate getParkedUntil() {
        return parkedUntil;
    }

    @Nullable
    String getParkReason() {
        return parkReason;
    }

    @Nullable
    String getWithdrawalReason() {
        return withdrawalReason;
    }

    @Nullable
    LocalDate getPlacedOn() {
        return placedOn;
    }

    @Nullable
    LocalDate getClosedOn() {
        return closedOn;
    }

    @Nullable
    Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
