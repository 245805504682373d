package nl.matchpunt.organisations;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    Page<Notification> findByAccountIdOrderByCreatedAtDescIdDesc(Long accountId, Pageable pageable);

    long countByAccountIdAndReadAtIsNull(Long accountId);

    /**
     * What the account's notifications are about (their link, '' for none), the most recently notified first:
     * rows of link, newest, unread count and count.
     */
    @Query("""
            select coalesce(n.link, ''), max(n.createdAt), sum(case when n.readAt is null then 1 else 0 end), count(n)
            from Notification n
            where n.accountId = :accountId and (:unreadOnly = false or n.readAt is null)
            group by coalesce(n.link, '')
            order by max(n.createdAt) desc, coalesce(n.link, '')""")
    List<Object[]> subjects(Long accountId, boolean unreadOnly, Pageable pageable);

    @Query("""
            select count(distinct coalesce(n.link, '')) from Notification n
            where n.accountId = :accountId and (:unreadOnly = false or n.readAt is null)""")
    long countSubjects(Long accountId, boolean unreadOnly);

    @Query("""
            select n from Notification n
            where n.accountId = :accountId and coalesce(n.link, '') in :links
                and (:unreadOnly = false or n.readAt is null)
            order by n.createdAt desc, n.id desc""")
    List<Notification> about(Long accountId, Collection<String> links, boolean unreadOnly);

    @Query("""
            select n from Notification n
            where n.accountId = :accountId and coalesce(n.link, '') = :link and n.readAt is null""")
    List<Notification> unreadAbout(Long accountId, String link);

    boolean existsByAccountIdAndLink(Long accountId, String link);

    /** The unread notifications of an account that arrived after {@code after}, oldest first (for the digest). */
    List<Notification> findByAccountIdAndReadAtIsNullAndCreatedAtAfterOrderByCreatedAtAscIdAsc(
            Long accountId, Instant after);
}
