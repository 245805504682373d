package nl.matchpunt.quota.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.matchpunt.quota.PlanContent;
import org.jspecify.annotations.Nullable;

/** A plan version as typed: the total, a contingent per target-group code, a share per corporation id. */
public class PlanForm {

    @NotNull
    @Min(0)
    @Max(100_000)
    private @Nullable Integer total;

    private Map<String, @NotNull @Min(0) Integer> groups = new LinkedHashMap<>();

    private Map<Long, @NotNull @Min(0) Integer> corporations = new LinkedHashMap<>();

    @Size(max = 500)
    private String reason = "";

    private boolean changeTotal;

    static PlanForm of(PlanContent content) {
        PlanForm form = new PlanForm();
        form.total = content.total();
        form.groups = new LinkedHashMap<>(content.groups());
        form.corporations = new LinkedHashMap<>(content.corporations());
        return form;
    }

    PlanContent content() {
        Map<String, Integer> cleanGroups = new LinkedHashMap<>();
        groups.forEach((code, planned) -> cleanGroups.put(code, planned == null ? 0 : planned));
        Map<Long, Integer> cleanCorporations = new LinkedHashMap<>();
        corporations.forEach((id, planned) -> cleanCorporations.put(id, planned == null ? 0 : planned));
        return new PlanContent(total == null ? 0 : total, cleanGroups, cleanCorporations);
    }

    public @Nullable Integer getTotal() {
        return total;
    }

    public void setTotal(@Nullable Integer total) {
        this.total = total;
    }

    public Map<String, Integer> getGroups() {
        return groups;
    }

    public void setGroups(Map<String, Integer> groups) {
        this.groups = groups;
    }

    public Map<Long, Integer> getCorporations() {
        return corporations;
    }

    public void setCorporations(Map<Long, Integer> corporations) {
        this.corporations = corporations;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isChangeTotal() {
        return changeTotal;
    }

    public void setChangeTotal(boolean changeTotal) {
        this.changeTotal = changeTotal;
    }
}
