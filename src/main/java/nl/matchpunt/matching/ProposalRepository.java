package nl.matchpunt.matching;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

    List<Proposal> findByRoundIdOrderByScoreDescIdAsc(Long roundId);

    List<Proposal> findByRoundIdAndStatus(Long roundId, ProposalStatus status);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Proposal p where p.id = :id")
    Optional<Proposal> findForUpdate(Long id);

    List<Proposal> findByDwellingIdAndStatusIn(Long dwellingId, Collection<ProposalStatus> statuses);

    List<Proposal> findByClientIdAndStatusIn(Long clientId, Collection<ProposalStatus> statuses);

    List<Proposal> findByStatus(ProposalStatus status);

    List<Proposal> findByStatusAndCorporationIdOrderBySentAtAscIdAsc(ProposalStatus status, Long corporationId);

    List<Proposal> findByStatusAndCareProviderIdOrderBySentAtAscIdAsc(ProposalStatus status, Long careProviderId);

    List<Proposal> findByClientIdOrderByIdAsc(Long clientId);

    @Query("""
            select p from Proposal p
            where p.status not in (nl.matchpunt.matching.ProposalStatus.DRAFT, nl.matchpunt.matching.ProposalStatus.REMOVED)
              and (:corporationId is null or p.corporationId = :corporationId)
              and (:careProviderId is null or p.careProviderId = :careProviderId)
              and (:status is null or p.status = :status)
            order by p.sentAt desc, p.id desc""")
    Page<Proposal> search(
            @Nullable Long corporationId,
            @Nullable Long careProviderId,
            @Nullable ProposalStatus status,
            Pageable pageable);

    long countByStatus(ProposalStatus status);
}
