package nl.matchpunt.geography;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GeoUnitRepository extends JpaRepository<GeoUnit, Long> {

    List<GeoUnit> findByLevelOrderByNameAsc(GeoLevel level);

    List<GeoUnit> findByParentIdOrderByNameAsc(Long parentId);

    Optional<GeoUnit> findByCode(String code);
}
