package nl.matchpunt.matching;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface MatchingRoundRepository extends JpaRepository<MatchingRound, Long> {

    Page<MatchingRound> findAllByOrderByOpenedAtDescIdDesc(Pageable pageable);
}
