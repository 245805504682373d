package nl.matchpunt.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** A dwelling of a round that got no proposal, with the engine's reason. */
@Entity
@Immutable
@Table(name = "round_unmatched_dwelling")
public class UnmatchedDwelling {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "dwelling_id", nullable = false)
    private Long dwellingId;

    @Column(name = "dwelling_label", nullable = false)
    private String dwellingLabel;

    @Column(nullable = false)
    private String reason;

    @Column(name = "feasible_clients")
    private int feasibleClients;

    protected UnmatchedDwelling() {
        this.roundId = 0L;
        this.dwellingId = 0L;
        this.dwellingLabel = "";
        this.reason = "";
    }

    UnmatchedDwelling(Long roundId, Long dwellingId, String dwellingLabel, String reason, int feasibleClients) {
        this.roundId = roundId;
        this.dwellingId = dwellingId;
        this.dwellingLabel = dwellingLabel;
        this.reason = reason;
        this.feasibleClients = feasibleClients;
    }

    public Long getDwellingId() {
        return dwellingId;
    }

    public String getDwellingLabel() {
        return dwellingLabel;
    }

    public String getReason() {
        return reason;
    }

    public int getFeasibleClients() {
        return feasibleClients;
    }
}
