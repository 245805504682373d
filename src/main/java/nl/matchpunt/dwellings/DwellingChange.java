package nl.matchpunt.dwellings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a dwelling's history: who did what when, per changed field. Never changed afterwards. */
@Entity
@Table(name = "dwelling_change")
class DwellingChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "dwelling_id", nullable = false, updatable = false)
    private Long dwellingId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(updatable = false)
    private @Nullable String field;

    @Column(name = "old_value", updatable = false)
    private @Nullable String oldValue;

    @Column(name = "new_value", updatable = false)
    private @Nullable String newValue;

    protected DwellingChange() {
        this.dwellingId = 0L;
        this.occurredAt = Instant.EPOCH;
        this.username = "";
        this.action = "";
    }

    DwellingChange(
            Long dwellingId,
            Instant occurredAt,
            String username,
            String action,
            @Nullable String field,
            @Nullable String oldValue,
            @Nullable String newValue) {
        this.dwellingId = dwellingId;
        this.occurredAt = occurredAt;
        this.username = username;
        this.action = action;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    DwellingHistoryEntry toEntry() {
        return new DwellingHistoryEntry(occurredAt, username, action, field, oldValue, newValue);
    }
}
