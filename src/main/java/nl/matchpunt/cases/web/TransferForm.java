package nl.matchpunt.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.matchpunt.cases.TransferCriteria;
import org.jspecify.annotations.Nullable;

/** The transfer proposal: the five criteria, each met or not with a reason (children only where they live there). */
class TransferForm {

    private boolean daytimeActivityMet;

    @NotBlank
    @Size(max = 1000)
    private String daytimeActivityReason = "";

    private boolean sociallyStableMet;

    @NotBlank
    @Size(max = 1000)
    private String sociallyStableReason = "";

    private boolean psychologicallyStableMet;

    @NotBlank
    @Size(max = 1000)
    private String psychologicallyStableReason = "";

    private boolean financiallyStableMet;

    @NotBlank
    @Size(max = 1000)
    private String financiallyStableReason = "";

    private boolean childrenEnvironmentMet;

    @Size(max = 1000)
    private String childrenEnvironmentReason = "";

    TransferCriteria criteria(boolean children) {
        return new TransferCriteria(
                daytimeActivityMet,
                daytimeActivityReason.strip(),
                sociallyStableMet,
                sociallyStableReason.strip(),
                psychologicallyStableMet,
                psychologicallyStableReason.strip(),
                financiallyStableMet,
                financiallyStableReason.strip(),
                children ? childrenEnvironmentMet : null,
                children ? childrenEnvironmentReason.strip() : null);
    }

    public boolean isDaytimeActivityMet() {
        return daytimeActivityMet;
    }

    public void setDaytimeActivityMet(boolean daytimeActivityMet) {
        this.daytimeActivityMet = daytimeActivityMet;
    }

    public String getDaytimeActivityReason() {
        return daytimeActivityReason;
    }

    public void setDaytimeActivityReason(String daytimeActivityReason) {
        this.daytimeActivityReason = daytimeActivityReason;
    }

    public boolean isSociallyStableMet() {
        return sociallyStableMet;
    }

    public void setSociallyStableMet(boolean sociallyStableMet) {
        this.sociallyStableMet = sociallyStableMet;
    }

    public String getSociallyStableReason() {
        return sociallyStableReason;
    }

    public void setSociallyStableReason(String sociallyStableReason) {
        this.sociallyStableReason = sociallyStableReason;
    }

    public boolean isPsychologicallyStableMet() {
        return psychologicallyStableMet;
    }

    public void setPsychologicallyStableMet(boolean psychologicallyStableMet) {
        this.psychologicallyStableMet = psychologicallyStableMet;
    }

    public String getPsychologicallyStableReason() {
        return psychologicallyStableReason;
    }

    public void setPsychologicallyStableReason(String psychologicallyStableReason) {
        this.psychologicallyStableReason = psychologicallyStableReason;
    }

    public boolean isFinanciallyStableMet() {
        return financiallyStableMet;
    }

    public void setFinanciallyStableMet(boolean financiallyStableMet) {
        this.financiallyStableMet = financiallyStableMet;
    }

    public String getFinanciallyStableReason() {
        return financiallyStableReason;
    }

    public void setFinanciallyStableReason(String financiallyStableReason) {
        this.financiallyStableReason = financiallyStableReason;
    }

    public boolean isChildrenEnvironmentMet() {
        return childrenEnvironmentMet;
    }

    public void setChildrenEnvironmentMet(boolean childrenEnvironmentMet) {
        this.childrenEnvironmentMet = childrenEnvironmentMet;
    }

    public String getChildrenEnvironmentReason() {
        return childrenEnvironmentReason;
    }

    public void setChildrenEnvironmentReason(@Nullable String childrenEnvironmentReason) {
        this.childrenEnvironmentReason = childrenEnvironmentReason == null ? "" : childrenEnvironmentReason;
    }
}
