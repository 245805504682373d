package nl.matchpunt.clients.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.matchpunt.clients.TargetGroupSummary;

/** What the administrator types to create or change a target group. The code cannot change once created. */
class TargetGroupForm {

    /** The checks of a new record only: the code is not on the form of a change, and a change ignores it. */
    interface New {}

    @Size(max = 40, groups = New.class)
    @Pattern(regexp = "[A-Za-z0-9_]*", message = "{clients.targetGroup.code.pattern}", groups = New.class)
    private String code = "";

    @NotBlank
    @Size(max = 120)
    private String name = "";

    private boolean countsTowardsQuota = true;

    private boolean withSupport = true;

    private boolean active = true;

    static TargetGroupForm of(TargetGroupSummary group) {
        TargetGroupForm form = new TargetGroupForm();
        form.code = group.code();
        form.name = group.name();
        form.countsTowardsQuota = group.countsTowardsQuota();
        form.withSupport = group.withSupport();
        form.active = group.active();
        return form;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isCountsTowardsQuota() {
        return countsTowardsQuota;
    }

    public void setCountsTowardsQuota(boolean countsTowardsQuota) {
        this.countsTowardsQuota = countsTowardsQuota;
    }

    public boolean isWithSupport() {
        return withSupport;
    }

    public void setWithSupport(boolean withSupport) {
        this.withSupport = withSupport;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
