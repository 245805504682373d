package nl.matchpunt.clients;

/**
 * A target group as the other modules (quota, matching) see it.
 *
 * @param countsTowardsQuota whether placements in this group count towards the yearly 1,800
 * @param withSupport whether clients in this group get ambulant support
 */
public record TargetGroupSummary(
        Long id,
        String code,
        String name,
        boolean countsTowardsQuota,
        boolean withSupport,
        boolean active,
        int sortOrder) {}
