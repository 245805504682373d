package nl.matchpunt.quota;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LedgerEntryRepository extends JpaRepository<LedgerEntry, Long> {

    boolean existsByProposalId(Long proposalId);

    /** Placements per target-group code in a period: rows of {@code [code, count]}. */
    @Query("select e.targetGroupCode, count(e) from LedgerEntry e where e.agreedOn between ?1 and ?2 "
            + "group by e.targetGroupCode")
    List<Object[]> countPerGroup(LocalDate from, LocalDate to);

    /** Placements per corporation in a period: rows of {@code [corporationId, count]}. */
    @Query("select e.corporationId, count(e) from LedgerEntry e where e.agreedOn between ?1 and ?2 "
            + "group by e.corporationId")
    List<Object[]> countPerCorporation(LocalDate from, LocalDate to);

    /** Placements per target group whose client became eligible in a period: rows of {@code [code, count]}. */
    @Query("select e.targetGroupCode, count(e) from LedgerEntry e where e.eligibleSince between ?1 and ?2 "
            + "group by e.targetGroupCode")
    List<Object[]> countEligibleInPerGroup(LocalDate from, LocalDate to);

    Page<LedgerEntry> findByAgreedOnBetween(LocalDate from, LocalDate to, Pageable pageable);

    Page<LedgerEntry> findByAgreedOnBetweenAndKind(LocalDate from, LocalDate to, PlacementKind kind, Pageable pageable);
}
