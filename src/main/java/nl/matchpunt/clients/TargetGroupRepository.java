package nl.matchpunt.clients;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TargetGroupRepository extends JpaRepository<TargetGroup, Long> {

    List<TargetGroup> findAllByOrderBySortOrderAscNameAsc();

    boolean existsByCode(String code);
}
