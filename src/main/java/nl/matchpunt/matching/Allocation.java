package nl.matchpunt.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** An agreed placement; the unique constraints make each dwelling and each client allocated exactly once. */
@Entity
@Immutable
@Table(name = "allocation")
class Allocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "proposal_id", nullable = false)
    private Long proposalId;

    @Column(name = "dwelling_id", nullable = false)
    private Long dwellingId;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(nullable = false)
    private String area;

    @Column(name = "allocated_on", nullable = false)
    private LocalDate allocatedOn;

    protected Allocation() {
        this.proposalId = 0L;
        this.dwellingId = 0L;
        this.clientId = 0L;
        this.area = "";
        this.allocatedOn = LocalDate.EPOCH;
    }

    Allocation(Long proposalId, Long dwellingId, Long clientId, String area, LocalDate allocatedOn) {
        this.proposalId = proposalId;
        this.dwellingId = dwellingId;
        this.clientId = clientId;
        this.area = area;
        this.allocatedOn = allocatedOn;
    }
}
