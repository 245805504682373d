package nl.matchpunt.dwellings;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DwellingRepository extends JpaRepository<Dwelling, Long> {

    @Query("""
            select d from Dwelling d
            where (:corporationId is null or d.corporationId = :corporationId)
              and (:status is null or d.status = :status)
              and (:districtId is null or d.districtId = :districtId)
              and d.availableFrom >= :availableFrom
            order by d.availableFrom desc, d.id desc""")
    Page<Dwelling> search(
            @Nullable Long corporationId,
            @Nullable DwellingStatus status,
            @Nullable Long districtId,
            LocalDate availableFrom,
            Pageable pageable);

    List<Dwelling> findByStatusOrderByAvailableFromAscIdAsc(DwellingStatus status);

    Optional<Dwelling> findByIdAndCorporationId(Long id, Long corporationId);

    boolean existsByCorporationIdAndOwnReference(Long corporationId, String ownReference);

    boolean existsByCorporationIdAndOwnReferenceAndIdNot(Long corporationId, String ownReference, Long id);

    @Query(
            "select d.ownReference from Dwelling d where d.corporationId = :corporationId and d.ownReference in :references")
    List<String> existingReferences(Long corporationId, Collection<String> references);
}
