package nl.matchpunt.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** The fairness record: a client that ranked high for a dwelling in a round, with its score. */
@Entity
@Immutable
@Table(name = "round_ranking")
public class RoundRanking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "dwelling_id", nullable = false)
    private Long dwellingId;

    @Column(name = "rank_position", nullable = false)
    private int rankPosition;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "client_code", nullable = false)
    private String clientCode;

    @Column(nullable = false)
    private BigDecimal score;

    protected RoundRanking() {
        this.roundId = 0L;
        this.dwellingId = 0L;
        this.clientId = 0L;
        this.clientCode = "";
        this.score = BigDecimal.ZERO;
    }

    RoundRanking(Long roundId, Long dwellingId, int rankPosition, Long clientId, String clientCode, BigDecimal score) {
        this.roundId = roundId;
        this.dwellingId = dwellingId;
        this.rankPosition = rankPosition;
        this.clientId = clientId;
        this.clientCode = clientCode;
        this.score = score;
    }

    public Long getDwellingId() {
        return dwellingId;
    }

    public int getRankPosition() {
        return rankPosition;
    }

    public Long getClientId() {
        return clientId;
    }

    public String getClientCode() {
        return clientCode;
    }

    public BigDecimal getScore() {
        return score;
    }
}
