package nl.matchpunt.dwellings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DwellingChangeRepository extends JpaRepository<DwellingChange, Long> {

    List<DwellingChange> findByDwellingIdOrderByOccurredAtDescIdDesc(Long dwellingId);
}
