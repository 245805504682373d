package nl.matchpunt.quota;

import java.util.Map;

/**
 * What a plan version says: the total, the contingent per target-group code (groups outside the quota included,
 * but not in the total) and the share per housing corporation (organisation id).
 */
public record PlanContent(int total, Map<String, Integer> groups, Map<Long, Integer> corporations) {

    public PlanContent {
        groups = Map.copyOf(groups);
        corporations = Map.copyOf(corporations);
    }

    public int group(String code) {
        return groups.getOrDefault(code, 0);
    }

    public int corporation(Long id) {
        return corporations.getOrDefault(id, 0);
    }
}
