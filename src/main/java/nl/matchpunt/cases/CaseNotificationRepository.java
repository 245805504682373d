package nl.matchpunt.cases;

import nl.matchpunt.organisations.Role;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseNotificationRepository extends JpaRepository<CaseNotification, Long> {

    boolean existsByRecipientOrganisationIdAndRecipientRoleAndDedupKey(Long organisationId, Role role, String dedupKey);
}
