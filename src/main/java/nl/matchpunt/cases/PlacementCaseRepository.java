package nl.matchpunt.cases;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlacementCaseRepository extends JpaRepository<PlacementCase, Long> {

    boolean existsByProposalId(Long proposalId);

    Optional<PlacementCase> findByProposalId(Long proposalId);

    /**
     * The cases a viewer may see, filtered: {@code providerId} / {@code corporationId} null means no restriction
     * (the coordinator); {@code overdueOnly} keeps the cases with a due date before {@code today}.
     */
    @Query("""
            select c from PlacementCase c
            where (:providerId is null or c.careProviderId = :providerId)
              and (:corporationId is null or c.corporationId = :corporationId)
              and (:phase is null or c.phase = :phase)
              and (:overdueOnly = false or c.nextDue < :today)
            """)
    Page<PlacementCase> search(
            @Param("providerId") @Nullable Long providerId,
            @Param("corporationId") @Nullable Long corporationId,
            @Param("phase") @Nullable CasePhase phase,
            @Param("overdueOnly") boolean overdueOnly,
            @Param("today") LocalDate today,
            Pageable pageable);

    Optional<PlacementCase> findFirstByClientIdOrderByIdDesc(Long clientId);

    List<PlacementCase> findByClientIdOrderByIdAsc(Long clientId);

    /** The clients whose latest case is in one of the {@code ended} phases since {@code date} or before. */
    @Query("""
            select c.clientId from PlacementCase c
            where c.phase in :ended and c.closedOn <= :date
              and c.id = (select max(o.id) from PlacementCase o where o.clientId = c.clientId)
            order by c.clientId""")
    List<Long> findClientIdsWhoseLatestCaseEndedOnOrBefore(
            @Param("date") LocalDate date, @Param("ended") Collection<CasePhase> ended);

    /** Open cases with something due on or before {@code date}: the reminder job's work list. */
    /**
     * The open cases of a viewer ({@code providerId} / {@code corporationId} null: no restriction, the coordinator)
     * with something due by {@code horizon} or a transfer to review or decide, soonest first.
     */
    @Query("""
            select c from PlacementCase c
            where (:providerId is null or c.careProviderId = :providerId)
              and (:corporationId is null or c.corporationId = :corporationId)
              and (c.nextDue <= :horizon or c.phase = nl.matchpunt.cases.CasePhase.TRANSFER_PROPOSED)
            order by c.nextDue asc nulls last, c.id asc
            """)
    List<PlacementCase> findWithWorkBy(
            @Param("providerId") @Nullable Long providerId,
            @Param("corporationId") @Nullable Long corporationId,
            @Param("horizon") LocalDate horizon,
            Pageable pageable);

    @Query("select c.id from PlacementCase c where c.nextDue <= :date order by c.id")
    List<Long> findIdsDueBy(@Param("date") LocalDate date);
}
