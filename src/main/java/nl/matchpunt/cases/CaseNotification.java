package nl.matchpunt.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import nl.matchpunt.organisations.Role;
import org.jspecify.annotations.Nullable;

/**
 * An in-app notification for the staff with one role at one organisation: a message key with its arguments, and a
 * link to the case. The dedup key keeps the daily reminder job from repeating itself.
 */
@Entity
@Table(name = "case_notification")
public class CaseNotification {

    private static final String SEPARATOR = "|";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "recipient_organisation_id", nullable = false)
    private Long recipientOrganisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_role", nullable = false)
    private Role recipientRole;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "message_key", nullable = false)
    private String messageKey;

    @Column(nullable = false)
    private String arguments;

    @Column(nullable = false)
    private String link;

    @Column(name = "dedup_key", nullable = false)
    private String dedupKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CaseNotification() {
        this.recipientOrganisationId = 0L;
        this.recipientRole = Role.COORDINATOR;
        this.caseId = 0L;
        this.messageKey = "";
        this.arguments = "";
        this.link = "";
        this.dedupKey = "";
        this.createdAt = Instant.EPOCH;
    }

    CaseNotification(
            Long recipientOrganisationId,
            Role recipientRole,
            Long caseId,
            String messageKey,
            List<String> arguments,
            String dedupKey,
            Instant createdAt) {
        this.recipientOrganisationId = recipientOrganisationId;
        this.recipientRole = recipientRole;
        this.caseId = caseId;
        this.messageKey = messageKey;
        this.arguments = String.join(SEPARATOR, arguments);
        this.link = "/cases/" + caseId;
        this.dedupKey = dedupKey;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id == null ? 0L : id;
    }

    public Long getRecipientOrganisationId() {
        return recipientOrganisationId;
    }

    public Role getRecipientRole() {
        return recipientRole;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> getArguments() {
        return arguments.isEmpty() ? List.of() : List.of(arguments.split("\\" + SEPARATOR, -1));
    }

    public String getLink() {
        return link;
    }

    public String getDedupKey() {
        return dedupKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
