package nl.matchpunt.cases;

import nl.matchpunt.organisations.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseNotificationRepository extends JpaRepository<CaseNotification, Long> {

    boolean existsByRecipientOrganisationIdAndRecipientRoleAndDedupKey(Long organisationId, Role role, String dedupKey);

    Page<CaseNotification> findByRecipientOrganisationIdAndRecipientRoleOrderByCreatedAtDescIdDesc(
            Long organisationId, Role role, Pageable pageable);

    long countByRecipientOrganisationIdAndRecipientRoleAndReadAtIsNull(Long organisationId, Role role);
}
