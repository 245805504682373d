package nl.matchpunt.cases;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseEventRepository extends JpaRepository<CaseEvent, Long> {

    boolean existsByKindNot(TimelineKind kind);
}
