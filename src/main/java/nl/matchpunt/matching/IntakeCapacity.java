package nl.matchpunt.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How many new clients a care provider can take in per round; absent means no limit. */
@Entity
@Table(name = "intake_capacity")
class IntakeCapacity {

    @Id
    @Column(name = "care_provider_id")
    private Long careProviderId;

    @Column(nullable = false)
    private int capacity;

    protected IntakeCapacity() {
        this.careProviderId = 0L;
    }

    IntakeCapacity(Long careProviderId, int capacity) {
        this.careProviderId = careProviderId;
        this.capacity = capacity;
    }

    void change(int capacity) {
        this.capacity = capacity;
    }

    Long getCareProviderId() {
        return careProviderId;
    }

    int getCapacity() {
        return capacity;
    }
}
