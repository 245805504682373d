package nl.matchpunt.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One step in a proposal's timeline: who did what, when, and why. */
@Entity
@Immutable
@Table(name = "proposal_event")
public class ProposalEvent {

    /** The kinds of step, each with a message key {@code matching.event.<KIND>}. */
    public enum Kind {
        PROPOSED,
        CLIENT_SWAPPED,
        REMOVED,
        SENT,
        ACCEPTED,
        DECLINED,
        DECLINE_CONFIRMED,
        DECLINE_OVERTURNED,
        AGREED,
        WITHDRAWN,
        REMINDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "proposal_id", nullable = false)
    private Long proposalId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String username;

    @Column(name = "organisation_id")
    private @Nullable Long organisationId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "reason_code")
    private @Nullable String reasonCode;

    private @Nullable String note;

    protected ProposalEvent() {
        this.proposalId = 0L;
        this.occurredAt = Instant.EPOCH;
        this.username = "";
        this.kind = Kind.PROPOSED;
    }

    public ProposalEvent(
            Long proposalId,
            Instant occurredAt,
            String username,
            @Nullable Long organisationId,
            Kind kind,
            @Nullable String reasonCode,
            @Nullable String note) {
        this.proposalId = proposalId;
        this.occurredAt = occurredAt;
        this.username = username;
        this.organisationId = organisationId;
        this.kind = kind;
        this.reasonCode = reasonCode;
        this.note = note;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public @Nullable Long getOrganisationId() {
        return organisationId;
    }

    public Kind getKind() {
        return kind;
    }

    public @Nullable String getReasonCode() {
        return reasonCode;
    }

    public @Nullable String getNote() {
        return note;
    }

    /**
     * The note as it may be shown: a swap keeps the previous client's code for the record, but that names another
     * person, often of another care provider, so it is never shown on the proposal or in a subject access export.
     */
    public @Nullable String getShownNote() {
        return kind == Kind.CLIENT_SWAPPED ? null : note;
    }
}
