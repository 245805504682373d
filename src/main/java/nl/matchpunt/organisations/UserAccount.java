package nl.matchpunt.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person's login, belonging to exactly one organisation, with one role. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private @Nullable String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    private boolean enabled = true;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(name = "last_login_at")
    private @Nullable Instant lastLoginAt;

    @Column(name = "daily_digest", nullable = false)
    private boolean dailyDigest;

    @Column(name = "digest_sent_up_to")
    private @Nullable Instant digestSentUpTo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
        this.username = "";
        this.displayName = "";
        this.passwordHash = "";
        this.role = Role.CARE_PROVIDER_STAFF;
        this.organisationId = 0L;
        this.createdAt = Instant.EPOCH;
    }

    public UserAccount(
            String username,
            String displayName,
            @Nullable String email,
            String passwordHash,
            Role role,
            Long organisationId,
            Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
        this.organisationId = organisationId;
        this.createdAt = createdAt;
    }

    public void recordSuccessfulLogin(Instant now) {
        lastLoginAt = now;
    }

    /** The user's own new password (already checked against the policy): no change is required any more. */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        this.passwordChangeRequired = false;
    }

    /** An administrator's reset: a temporary password that the user must replace at the next login. */
    public void resetPassword(String temporaryPasswordHash) {
        this.passwordHash = temporaryPasswordHash;
        this.passwordChangeRequired = true;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public Long getId() {
        if (id == null) {
            throw new IllegalStateException("account not saved yet");
        }
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public @Nullable Instant getLastLoginAt() {
        return lastLoginAt;
    }

    /** Whether the notifications go out as one e-mail each working morning rather than one e-mail each. */
    public boolean isDailyDigest() {
        return dailyDigest;
    }

    void chooseDailyDigest(boolean daily, Instant now) {
        if (daily && !dailyDigest) {
            // the first digest holds only what arrives after the choice: earlier ones were mailed one by one
            digestSentUpTo = now;
        }
        dailyDigest = daily;
    }

    @Nullable
    Instant getDigestSentUpTo() {
        return digestSentUpTo;
    }

    void digestSent(Instant upTo) {
        digestSentUpTo = upTo;
    }
}
