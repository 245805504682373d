package nl.matchpunt.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import nl.matchpunt.shared.DomainException;
import org.jspecify.annotations.Nullable;

/** One weekly round: what the engine proposed on a reference date, and the coordinator's confirmation. */
@Entity
@Table(name = "matching_round")
public class MatchingRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "reference_date", nullable = false)
    private LocalDate referenceDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoundStatus status = RoundStatus.OPEN;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "confirmed_at")
    private @Nullable Instant confirmedAt;

    @Column(name = "confirmed_by")
    private @Nullable String confirmedBy;

    @Column(name = "dwelling_count")
    private int dwellingCount;

    @Column(name = "client_count")
    private int clientCount;

    @Column(name = "proposal_count")
    private int proposalCount;

    @Column(name = "total_score", nullable = false)
    private BigDecimal totalScore;

    @Column(name = "solve_millis")
    private long solveMillis;

    @Version
    private long version;

    protected MatchingRound() {
        this.referenceDate = LocalDate.EPOCH;
        this.openedAt = Instant.EPOCH;
        this.openedBy = "";
        this.totalScore = BigDecimal.ZERO;
    }

    public MatchingRound(
            LocalDate referenceDate,
            Instant openedAt,
            String openedBy,
            int dwellingCount,
            int clientCount,
            int proposalCount,
            BigDecimal totalScore,
            long solveMillis) {
        this.referenceDate = referenceDate;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
        this.dwellingCount = dwellingCount;
        this.clientCount = clientCount;
        this.proposalCount = proposalCount;
        this.totalScore = totalScore;
        this.solveMillis = solveMillis;
    }

    public void confirm(String by, Instant now) {
        requireOpen();
        status = RoundStatus.CONFIRMED;
        confirmedBy = by;
        confirmedAt = now;
    }

    public void cancel() {
        requireOpen();
        status = RoundStatus.CANCELLED;
    }

    /** Closes a round that stayed open too long; its draft proposals are released by the caller. */
    public void expire() {
        requireOpen();
        status = RoundStatus.EXPIRED;
    }

    /** The ISO week of the reference date (1 to 53): rounds are named by it, "Ronde week 49, 2026". */
    public int getWeek() {
        return referenceDate.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** The year the ISO week belongs to (29 December 2025 lies in week 1 of 2026). */
    public int getWeekYear() {
        return referenceDate.get(IsoFields.WEEK_BASED_YEAR);
    }

    public void requireOpen() {
        if (status != RoundStatus.OPEN) {
            throw new DomainException("matching.round.notOpen");
        }
    }

    public Long getId() {
        if (id == null) {
            throw new IllegalStateException("round not saved yet");
        }
        return id;
    }

    public LocalDate getReferenceDate() {
        return referenceDate;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public @Nullable Instant getConfirmedAt() {
        return confirmedAt;
    }

    public @Nullable String getConfirmedBy() {
        return confirmedBy;
    }

    public int getDwellingCount() {
        return dwellingCount;
    }

    public int getClientCount() {
        return clientCount;
    }

    public int getProposalCount() {
        return proposalCount;
    }

    public BigDecimal getTotalScore() {
        return totalScore;
    }

    public long getSolveMillis() {
        return solveMillis;
    }
}
