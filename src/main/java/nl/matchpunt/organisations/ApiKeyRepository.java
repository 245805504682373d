package nl.matchpunt.organisations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiKeyRepository extends JpaRepository<ApiKey, Long> {

    Optional<ApiKey> findByKeyHash(String keyHash);

    List<ApiKey> findAllByOrderByCreatedAtDesc();

    /**
     * Records that a key was used at {@code now}, unless that was already recorded since {@code since}; without
     * touching the key's version, so that parallel requests with one key neither conflict nor queue on its row.
     */
    @Modifying
    @Query("update ApiKey k set k.lastUsedAt = :now where k.id = :id"
            + " and (k.lastUsedAt is null or k.lastUsedAt < :since)")
    int markUsed(Long id, Instant now, Instant since);
}
