package nl.matchpunt.matching;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AllocationRepository extends JpaRepository<Allocation, Long> {

    /** Placements per area since a date, as rows of (area, count). */
    @Query("select a.area, count(a) from Allocation a where a.allocatedOn > :since group by a.area")
    List<Object[]> countPerAreaSince(LocalDate since);
}
