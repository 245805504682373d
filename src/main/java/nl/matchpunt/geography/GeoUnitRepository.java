package nl.matchpunt.geography;

import org.springframework.data.jpa.repository.JpaRepository;

/** Read once by {@link GeographyService}, which keeps the units (they change only with a migration). */
interface GeoUnitRepository extends JpaRepository<GeoUnit, Long> {}
