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

    /** The enabled accounts that take their notifications as a daily digest. */
    List<UserAccount> findByDailyDigestTrueAndEnabledTrueOrderById();

    @Query("""
            select a from UserAccount a
            where (:organisationId is null or a.organisationId = :organisationId)
            order by a.username""")
    Page<UserAccount> search(@Nullable Long organisationId, Pageable pageable);

    /** Enabled administrators in an active organisation, apart from {@code exceptId} and those of {@code exceptOrganisationId}. */
    @Query("""
            select count(a) from UserAccount a, Organisation o
            where o.id = a.organisationId and o.active = true and a.enabled = true
              and a.role = nl.matchpunt.organisations.Role.ADMIN
              and a.id <> :exceptId and o.id <> :exceptOrganisationId""")
    long countOtherActiveAdministrators(long exceptId, long exceptOrganisationId);
}
