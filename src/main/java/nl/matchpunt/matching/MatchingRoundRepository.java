package nl.matchpunt.matching;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface MatchingRoundRepository extends JpaRepository<MatchingRound, Long> {

    Page<MatchingRound> findAllByOrderByOpenedAtDescIdDesc(Pageable pageable);

    List<MatchingRound> findByStatusOrderByOpenedAtDescIdDesc(RoundStatus status);

    /**
     * The newest round, locked until the transaction ends: opening a round takes this lock first, so that two
     * coordinators opening at once are served one after the other and the second sees the first one's open round.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<MatchingRound> findFirstByOrderByIdDesc();

    List<MatchingRound> findByStatusAndReferenceDateBeforeOrderByIdAsc(RoundStatus status, LocalDate date);
}
