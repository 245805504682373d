package nl.matchpunt.organisations;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByCode(String code);

    List<Organisation> findAllByOrderByTypeAscNameAsc();

    List<Organisation> findByTypeOrderByNameAsc(OrganisationType type);

    boolean existsByCode(String code);
}
