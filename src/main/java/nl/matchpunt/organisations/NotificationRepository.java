package nl.matchpunt.organisations;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    Page<Notification> findByAccountIdOrderByCreatedAtDescIdDesc(Long accountId, Pageable pageable);

    long countByAccountIdAndReadAtIsNull(Long accountId);
}
