package nl.matchpunt.quota;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface YearlyPlanRepository extends JpaRepository<YearlyPlan, Long> {

    Optional<YearlyPlan> findByYear(int year);

    List<YearlyPlan> findAllByOrderByYearDesc();
}
