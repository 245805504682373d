package nl.matchpunt.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.matchpunt.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A proposal of one dwelling to one client. State changes are named methods; an illegal one throws a
 * {@link DomainException}. While the proposal is open its dwelling and client ids are copied into
 * {@code open_dwelling_id} and {@code open_client_id}, whose unique constraints let the database guarantee that
 * neither is in two open proposals.
 */
@Entity
@Table(name = "proposal")
public class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "dwelling_id", nullable = false)
    private Long dwellingId;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "corporation_id", nullable = false)
    private Long corporationId;

    @Column(name = "care_provider_id", nullable = false)
    private Long careProviderId;

    @Column(name = "client_code", nullable = false)
    private String clientCode;

    @Column(name = "dwelling_label", nullable = false)
    private String dwellingLabel;

    @Column(name = "district_id", nullable = false)
    private Long districtId;

    @Column(name = "area_id", nullable = false)
    private Long areaId;

    @Column(name = "available_from", nullable = false)
    private LocalDate availableFrom;

    @Column(name = "household_size", nullable = false)
    private int householdSize;

    @Column(name = "has_children", nullable = false)
    private boolean hasChildren;

    @Column(nullable = false)
    private String district;

    @Column(nullable = false)
    private String area;

    @Column(name = "target_group", nullable = false)
    private String targetGroup;

    @Column(name = "eligible_since", nullable = false)
    private LocalDate eligibleSince;

    @Column(name = "careful_matching")
    private boolean carefulMatching;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalStatus status = ProposalStatus.DRAFT;

    @Column(nullable = false)
    private BigDecimal score;

    @Column(name = "score_waiting", nullable = false)
    private BigDecimal scoreWaiting;

    @Column(name = "score_preferences", nullable = false)
    private BigDecimal scorePreferences;

    @Column(name = "score_contingent", nullable = false)
    private BigDecimal scoreContingent;

    @Column(name = "score_spread", nullable = false)
    private BigDecimal scoreSpread;

    @Column(name = "score_scarcity", nullable = false)
    private BigDecimal scoreScarcity;

    @Enumerated(EnumType.STRING)
    @Column(name = "corporation_decision")
    private @Nullable Decision corporationDecision;

    @Enumerated(EnumType.STRING)
    @Column(name = "provider_decision")
    private @Nullable Decision providerDecision;

    @Column(name = "decline_reason_code")
    private @Nullable String declineReasonCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "declined_by")
    private @Nullable Party declinedBy;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(name = "last_reminder_at")
    private @Nullable Instant lastReminderAt;

    @Column(name = "open_dwelling_id")
    private @Nullable Long openDwellingId;

    @Column(name = "open_client_id")
    private @Nullable Long openClientId;

    @Version
    private long version;

    protected Proposal() {
        this.roundId = 0L;
        this.dwellingId = 0L;
        this.clientId = 0L;
        this.corporationId = 0L;
        this.careProviderId = 0L;
        this.clientCode = "";
        this.dwellingLabel = "";
        this.district = "";
        this.area = "";
        this.districtId = 0L;
        this.areaId = 0L;
        this.availableFrom = LocalDate.EPOCH;
        this.targetGroup = "";
        this.eligibleSince = LocalDate.EPOCH;
        this.score = BigDecimal.ZERO;
        this.scoreWaiting = BigDecimal.ZERO;
        this.scorePreferences = BigDecimal.ZERO;
        this.scoreContingent = BigDecimal.ZERO;
        this.scoreSpread = BigDecimal.ZERO;
        this.scoreScarcity = BigDecimal.ZERO;
    }

    public Proposal(Long roundId, ProposalDwelling dwelling, ProposalClient client, ScoreParts score) {
        this.roundId = roundId;
        this.dwellingId = dwelling.id();
        this.corporationId = dwelling.corporationId();
        this.dwellingLabel = dwelling.label();
        this.district = dwelling.district();
        this.area = dwelling.area();
        this.districtId = dwelling.districtId();
        this.areaId = dwelling.areaId();
        this.availableFrom = dwelling.availableFrom();
        this.clientId = client.id();
        this.careProviderId = client.careProviderId();
        this.clientCode = client.code();
        this.targetGroup = client.targetGroup();
        this.eligibleSince = client.eligibleSince();
        this.carefulMatching = client.carefulMatching();
        this.householdSize = client.householdSize();
        this.hasChildren = client.hasChildren();
        this.score = score.total();
        this.scoreWaiting = score.waiting();
        this.scorePreferences = score.preferences();
        this.scoreContingent = score.contingent();
        this.scoreSpread = score.spread();
        this.scoreScarcity = score.scarcity();
    }

    /** The coordinator takes the proposal out of the open round. */
    public void remove() {
        require(ProposalStatus.DRAFT);
        status = ProposalStatus.REMOVED;
    }

    /** The coordinator puts another feasible client on this dwelling, before the round is confirmed. */
    public void swapClient(ProposalClient client, ScoreParts score) {
        require(ProposalStatus.DRAFT);
        this.clientId = client.id();
        this.careProviderId = client.careProviderId();
        this.clientCode = client.code();
        this.targetGroup = client.targetGroup();
        this.eligibleSince = client.eligibleSince();
        this.carefulMatching = client.carefulMatching();
        this.householdSize = client.householdSize();
        this.hasChildren = client.hasChildren();
        this.score = score.total();
        this.scoreWaiting = score.waiting();
        this.scorePreferences = score.preferences();
        this.scoreContingent = score.contingent();
        this.scoreSpread = score.spread();
        this.scoreScarcity = score.scarcity();
    }

    /** The round is confirmed: the proposal goes out and reserves its dwelling and client. */
    public void send(Instant now) {
        require(ProposalStatus.DRAFT);
        status = ProposalStatus.SENT;
        sentAt = now;
        openDwellingId = dwellingId;
        openClientId = clientId;
    }

    /** A party accepts; returns true when both have now accepted. Accepting twice changes nothing. */
    public boolean accept(Party party) {
        require(ProposalStatus.SENT);
        if (party == Party.CORPORATION) {
            corporationDecision = Decision.ACCEPTED;
        } else {
            providerDecision = Decision.ACCEPTED;
        }
        return corporationDecision == Decision.ACCEPTED && providerDecision == Decision.ACCEPTED;
    }

    public boolean hasAccepted(Party party) {
        return decisionOf(party) == Decision.ACCEPTED;
    }

    /** Both accepted: the placement is agreed and the reservation ends (the dwelling is allocated). */
    public void agree(Instant now) {
        require(ProposalStatus.SENT);
        if (!(corporationDecision == Decision.ACCEPTED && providerDecision == Decision.ACCEPTED)) {
            throw new DomainException("matching.proposal.notBothAccepted");
        }
        status = ProposalStatus.AGREED;
        close(now);
    }

    /** A party declines with a reason; the coordinator confirms or overturns it. */
    public void decline(Party party, String reasonCode) {
        require(ProposalStatus.SENT);
        if (party == Party.CORPORATION) {
            corporationDecision = Decision.DECLINED;
        } else {
            providerDecision = Decision.DECLINED;
        }
        status = ProposalStatus.DECLINED;
        declinedBy = party;
        declineReasonCode = reasonCode;
    }

    public void confirmDecline(Instant now) {
        require(ProposalStatus.DECLINED);
        status = ProposalStatus.DECLINE_CONFIRMED;
        close(now);
    }

    /** The coordinator does not accept the decline: the proposal is open again and the party decides anew. */
    public void overturnDecline() {
        require(ProposalStatus.DECLINED);
        if (declinedBy == Party.CORPORATION) {
            corporationDecision = null;
        } else {
            providerDecision = null;
        }
        status = ProposalStatus.SENT;
        declinedBy = null;
        declineReasonCode = null;
    }

    /** Withdrawn by the coordinator, or because the dwelling or the client is no longer available. */
    public void withdraw(Instant now) {
        if (!status.isOpen() && status != ProposalStatus.DRAFT) {
            throw new DomainException("matching.proposal.illegalTransition", status.name());
        }
        status = status == ProposalStatus.DRAFT ? ProposalStatus.REMOVED : ProposalStatus.WITHDRAWN;
        close(now);
    }

    public void remindedAt(Instant now) {
        require(ProposalStatus.SENT);
        lastReminderAt = now;
    }

    private void close(Instant now) {
        closedAt = now;
        openDwellingId = null;
        openClientId = null;
    }

    private void require(ProposalStatus expected) {
        if (status != expected) {
            throw new DomainException("matching.proposal.illegalTransition", status.name());
        }
    }

    public @Nullable Decision decisionOf(Party party) {
        return party == Party.CORPORATION ? corporationDecision : providerDecision;
    }

    /** The parties that have not yet decided on a sent proposal. */
    public java.util.List<Party> undecided() {
        if (status != ProposalStatus.SENT) {
            return java.util.List.of();
        }
        java.util.List<Party> parties = new java.util.ArrayList<>();
        if (corporationDecision == null) {
            parties.add(Party.CORPORATION);
        }
        if (providerDecision == null) {
            parties.add(Party.CARE_PROVIDER);
        }
        return parties;
    }

    public ScoreParts scoreParts() {
        return new ScoreParts(scoreWaiting, scorePreferences, scoreContingent, scoreSpread, scoreScarcity);
    }

    public Long getId() {
        if (id == null) {
            throw new IllegalStateException("proposal not saved yet");
        }
        return id;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getDwellingId() {
        return dwellingId;
    }

    public Long getClientId() {
        return clientId;
    }

    public Long getCorporationId() {
        return corporationId;
    }

    public Long getCareProviderId() {
        return careProviderId;
    }

    public String getClientCode() {
        return clientCode;
    }

    public String getDwellingLabel() {
        return dwellingLabel;
    }

    public String getDistrict() {
        return district;
    }

    public String getArea() {
        return area;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public Long getAreaId() {
        return areaId;
    }

    public LocalDate getAvailableFrom() {
        return availableFrom;
    }

    public int getHouseholdSize() {
        return householdSize;
    }

    public boolean isHasChildren() {
        return hasChildren;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public LocalDate getEligibleSince() {
        return eligibleSince;
    }

    public boolean isCarefulMatching() {
        return carefulMatching;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public BigDecimal getScore() {
        return score;
    }

    public @Nullable Decision getCorporationDecision() {
        return corporationDecision;
    }

    public @Nullable Decision getProviderDecision() {
        return providerDecision;
    }

    public @Nullable String getDeclineReasonCode() {
        return declineReasonCode;
    }

    public @Nullable Party getDeclinedBy() {
        return declinedBy;
    }

    public @Nullable Instant getSentAt() {
        return sentAt;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }

    public @Nullable Instant getLastReminderAt() {
        return lastReminderAt;
    }

    public long getVersion() {
        return version;
    }
}
