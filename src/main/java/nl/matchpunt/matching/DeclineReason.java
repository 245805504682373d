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
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A reason to decline a proposal, with its consequence; data the administrator can change. */
@Entity
@Table(name = "decline_reason")
public class DeclineReason {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_nl", nullable = false)
    private String nameNl;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeclinePartyScope party;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeclineConsequence consequence;

    @Column(name = "park_days")
    private @Nullable Integer parkDays;

    @Column(name = "alert_coordinator")
    private boolean alertCoordinator;

    private boolean active = true;

    @Column(name = "sort_order")
    private int sortOrder;

    @Version
    private long version;

    protected DeclineReason() {
        this.code = "";
        this.nameNl = "";
        this.nameEn = "";
        this.party = DeclinePartyScope.EITHER;
        this.consequence = DeclineConsequence.BOTH_BACK;
    }

    public DeclineReason(
            String code,
            String nameNl,
            String nameEn,
            DeclinePartyScope party,
            DeclineConsequence consequence,
            @Nullable Integer parkDays,
            boolean alertCoordinator,
            int sortOrder) {
        this.code = code;
        this.nameNl = nameNl;
        this.nameEn = nameEn;
        this.party = party;
        this.consequence = consequence;
        this.parkDays = parkDays;
        this.alertCoordinator = alertCoordinator;
        this.sortOrder = sortOrder;
    }

    /** Changes the reason; the code stays, since past decisions refer to it. */
    public void change(
            String nameNl,
            String nameEn,
            DeclinePartyScope party,
            DeclineConsequence consequence,
            @Nullable Integer parkDays,
            boolean alertCoordinator,
            boolean active) {
        this.nameNl = nameNl;
        this.nameEn = nameEn;
        this.party = party;
        this.consequence = consequence;
        this.parkDays = consequence == DeclineConsequence.PARK_CLIENT ? parkDays : null;
        this.alertCoordinator = alertCoordinator;
        this.active = active;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
    }

    public Long getId() {
        if (id == null) {
            throw new IllegalStateException("decline reason not saved yet");
        }
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameNl() {
        return nameNl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public DeclinePartyScope getParty() {
        return party;
    }

    public DeclineConsequence getConsequence() {
        return consequence;
    }

    public @Nullable Integer getParkDays() {
        return parkDays;
    }

    public boolean isAlertCoordinator() {
        return alertCoordinator;
    }

    public boolean isActive() {
        return active;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public long getVersion() {
        return version;
    }
}
