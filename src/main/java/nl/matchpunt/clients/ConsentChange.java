package nl.matchpunt.clients;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One change of a client's consent to share: the fields consented to from then on, who recorded it and when. */
@Entity
@Immutable
@Table(name = "client_consent_change")
public class ConsentChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    /** The shared fields' names, comma separated, in the enum's order; empty when nothing is shared. */
    @Column(name = "shared_fields", nullable = false, updatable = false)
    private String sharedFields;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected ConsentChange() {
        this.clientId = 0L;
        this.sharedFields = "";
        this.recordedAt = Instant.EPOCH;
        this.recordedBy = "";
    }

    ConsentChange(Long clientId, Collection<SharedField> fields, Instant recordedAt, String recordedBy) {
        this.clientId = clientId;
        this.sharedFields = fields.isEmpty()
                ? ""
                : EnumSet.copyOf(fields).stream().map(SharedField::name).collect(Collectors.joining(","));
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Set<SharedField> getSharedFields() {
        return sharedFields.isEmpty()
                ? EnumSet.noneOf(SharedField.class)
                : Arrays.stream(sharedFields.split(","))
                        .map(SharedField::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(SharedField.class)));
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
