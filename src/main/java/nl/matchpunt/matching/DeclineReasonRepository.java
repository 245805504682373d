package nl.matchpunt.matching;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeclineReasonRepository extends JpaRepository<DeclineReason, Long> {

    List<DeclineReason> findAllByOrderBySortOrderAscIdAsc();

    Optional<DeclineReason> findByCode(String code);
}
