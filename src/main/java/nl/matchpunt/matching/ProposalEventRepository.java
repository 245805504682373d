package nl.matchpunt.matching;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalEventRepository extends JpaRepository<ProposalEvent, Long> {

    List<ProposalEvent> findByProposalIdOrderByOccurredAtAscIdAsc(Long proposalId);
}
