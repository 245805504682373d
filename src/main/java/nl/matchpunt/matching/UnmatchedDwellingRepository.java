package nl.matchpunt.matching;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnmatchedDwellingRepository extends JpaRepository<UnmatchedDwelling, Long> {

    List<UnmatchedDwelling> findByRoundIdOrderByDwellingLabelAsc(Long roundId);
}
