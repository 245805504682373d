package nl.matchpunt.matching;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoundRankingRepository extends JpaRepository<RoundRanking, Long> {

    List<RoundRanking> findByRoundIdOrderByDwellingIdAscRankPositionAsc(Long roundId);
}
