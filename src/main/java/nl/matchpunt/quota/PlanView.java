package nl.matchpunt.quota;

import java.util.List;

/** A yearly plan: its status, its current version and every version, newest first. */
public record PlanView(int year, PlanStatus status, PlanVersionView current, List<PlanVersionView> history) {

    public PlanContent content() {
        return current.content();
    }

    public boolean isActive() {
        return status == PlanStatus.ACTIVE;
    }
}
