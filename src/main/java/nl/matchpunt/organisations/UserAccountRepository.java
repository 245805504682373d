package nl.matchpunt.organisations;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserAccount> findByOrganisationId(Long organisationId);

    @Query("""
            select a from UserAccount a
            where (:organisationId is null or a.organisationId = :organisationId)
            order by a.username""")
    Page<UserAccount> search(@Nullable Long organisationId, Pageable pageable);
}
