package nl.matchpunt.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A housing corporation's key for the JSON API. Only the SHA-256 hash of the key is kept (the key is random with
 * 256 bits, so a fast hash suffices); the first characters stay visible so an administrator can tell keys apart.
 */
@Entity
@Table(name = "api_key")
class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String prefix;

    @Column(name = "key_hash", nullable = false, updatable = false)
    private String keyHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Version
    private long version;

    protected ApiKey() {
        this.organisationId = 0L;
        this.name = "";
        this.prefix = "";
        this.keyHash = "";
        this.createdAt = Instant.EPOCH;
        this.createdBy = "";
    }

    ApiKey(Long organisationId, String name, String prefix, String keyHash, Instant createdAt, String createdBy) {
        this.organisationId = organisationId;
        this.name = name;
        this.prefix = prefix;
        this.keyHash = keyHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    Long getId() {
        if (id == null) {
            throw new IllegalStateException("api key not saved yet");
        }
        return id;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    String getName() {
        return name;
    }

    String getPrefix() {
        return prefix;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getCreatedBy() {
        return createdBy;
    }

    @Nullable
    Instant getRevokedAt() {
        return revokedAt;
    }

    @Nullable
    Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
