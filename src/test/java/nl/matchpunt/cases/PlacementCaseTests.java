package nl.matchpunt.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import nl.matchpunt.matching.PlacementAgreed;
import nl.matchpunt.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PlacementCaseTests {

    static final LocalDate AGREED = LocalDate.of(2025, 3, 3);

    static final LocalDate MOVE_IN = LocalDate.of(2025, 3, 17);

    static final Instant NOW = Instant.parse("2025-03-03T10:00:00Z");

    static final Actor HVO = new Actor(1L, "Begeleider", 100L);

    static final Actor HVO_COLLEAGUE = new Actor(2L, "Collega", 100L);

    static final Actor YMERE = new Actor(3L, "Verhuurder", 200L);

    static final Actor COORDINATOR = new Actor(4L, "Coördinator", 300L);

    static PlacementAgreed placement(boolean children) {
        return new PlacementAgreed(
                1L,
                2L,
                200L,
                "Kinkerstraat 12-2, 1053 DV Amsterdam",
                null,
                null,
                3L,
                100L,
                "C-2025-0001",
                "OMSLAG_MO_BW_ADULT",
                children ? 3 : 1,
                children,
                LocalDate.of(2024, 12, 1),
                AGREED,
                MOVE_IN);
    }

    static TransferCriteria allMet(@Nullable Boolean children) {
        return new TransferCriteria(
                true,
                "werkt drie dagen",
                true,
                "netwerk",
                true,
                "stabiel",
                true,
                "huur op tijd",
                children,
                children == null ? null : "school gaat goed");
    }

    @Test
    void aNewCaseHasTheTenAgreementsWithTheirDueDates() {
        PlacementCase c = PlacementCase.open(placement(false), NOW);

        assertThat(c.getPhase()).isEqualTo(CasePhase.INTERMEDIARY_LEASE);
        assertThat(c.getAgreements()).hasSize(10);
        assertThat(c.agreement(WorkingAgreement.OFFER_WITH_CARE).getState()).isEqualTo(AgreementState.DONE);
        assertThat(c.agreement(WorkingAgreement.INTRODUCTION_VISIT).getDueOn()).isEqualTo(LocalDate.of(2025, 4, 28));
        assertThat(c.agreement(WorkingAgreement.SUPPORT_PLAN).getDueOn()).isEqualTo(LocalDate.of(2025, 4, 14));
        assertThat(c.agreement(WorkingAgreement.EARLY_WARNING).getDueOn()).isNull();
        assertThat(c.getNextReviewDue()).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(c.getNextDue()).isEqualTo(MOVE_IN);
        assertThat(c.isOverdue(MOVE_IN)).isFalse();
        assertThat(c.isOverdue(MOVE_IN.plusDays(1))).isTrue();
    }

    @Test
    void theWholeRouteFromIntermediaryLeaseToClosure() {
        PlacementCase c = PlacementCase.open(placement(false), NOW);
        c.recordIntroductionVisit(YMERE, LocalDate.of(2025, 4, 1), "kennismaking met buren", NOW);
        c.recordReview(
                new HousingReview.Facts(LocalDate.of(2026, 3, 1), true, false, "kent buren", "doelen gehaald", null),
                HVO,
                NOW);
        assertThat(c.getNextReviewDue()).isEqualTo(LocalDate.of(2027, 3, 1));

        c.proposeTransfer(allMet(null), HVO, LocalDate.of(2026, 3, 2), NOW);
        assertThat(c.getPhase()).isEqualTo(CasePhase.TRANSFER_PROPOSED);
        c.reviewTransfer(true, "eens", HVO_COLLEAGUE, LocalDate.of(2026, 3, 3), NOW);
        c.approveTransfer(null, COORDINATOR, LocalDate.of(2026, 3, 4), NOW);
        assertThat(c.getPhase()).isEqualTo(CasePhase.TRANSFER_APPROVED);
        assertThat(c.getLeaseDue()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(c.isLeaseLate(LocalDate.of(2026, 4, 15))).isFalse();
        assertThat(c.isLeaseLate(LocalDate.of(2026, 4, 16))).isTrue();

        c.recordOwnLease(LocalDate.of(2026, 4, 1), YMERE, Period.ofMonths(12), NOW);
        assertThat(c.getPhase()).isEqualTo(CasePhase.OWN_LEASE);
        assertThat(c.getWatchfulUntil()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(c.agreement(WorkingAgreement.LEASE_TRANSFER).getState()).isEqualTo(AgreementState.DONE);
        assertThat(c.getTimeline()).extracting(CaseEvent::getKind).doesNotContain(TimelineKind.OWN_LEASE_LATE);

        assertThatThrownBy(() -> c.close(HVO, LocalDate.of(2027, 3, 31), "klaar", NOW))
                .isInstanceOf(DomainException.class)
                .hasMessage("cases.close.watchfulPeriodRunning");
        assertThat(c.canClose(LocalDate.of(2027, 4, 1))).isTrue();
        c.close(HVO, LocalDate.of(2027, 4, 1), "klaar", NOW);
        assertThat(c.getPhase()).isEqualTo(CasePhase.CLOSED);
        assertThat(c.getNextDue()).isNull();
        assertThat(c.getTimeline())
                .extracting(CaseEvent::getKind)
                .containsSubsequence(
                        TimelineKind.OPENED,
                        TimelineKind.INTRODUCTION_VISIT,
                        TimelineKind.HOUSING_REVIEW,
                        TimelineKind.TRANSFER_PROPOSED,
                        TimelineKind.TRANSFER_REVIEWED,
                        TimelineKind.TRANSFER_APPROVED,
                        TimelineKind.OWN_LEASE_RECORDED,
                        TimelineKind.CLOSED);
    }

    @Test
    void aLateNewLeaseIsFlagged() {
        PlacementCase c = approved();
        c.recordOwnLease(LocalDate.of(2025, 6, 1), YMERE, Period.ofMonths(12), NOW);
        assertThat(c.getTimeline()).extracting(CaseEvent::getKind).contains(TimelineKind.OWN_LEASE_LATE);
    }

    @Test
    void illegalTransitionsAreRefused() {
        PlacementCase c = PlacementCase.open(placement(false), NOW);
        assertThatThrownBy(() -> c.approveTransfer(null, COORDINATOR, AGREED, NOW))
                .isInstanceOf(DomainException.class)
                .hasMessage("cases.phase.illegal");
        assertThatThrownBy(() -> c.recordOwnLease(AGREED, YMERE, Period.ofMonths(12), NOW))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> c.close(HVO, AGREED, "", NOW)).isInstanceOf(DomainException.class);

        c.endEarly(EndReason.EVICTION, "ontruimd", HVO, AGREED, NOW);
        assertThat(c.getPhase()).isEqualTo(CasePhase.ENDED_EARLY);
        assertThat(c.getEndReason()).isEqualTo(EndReason.EVICTION);
        assertThatThrownBy(() -> c.endEarly(EndReason.LEFT, "", HVO, AGREED, NOW))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> c.recordSignal(SignalKind.OTHER, "x", HVO, AGREED, NOW))
                .isInstanceOf(DomainException.class)
                .hasMessage("cases.phase.ended");
    }

    @Test
    void phaseTableAllowsOnlyTheRoute() {
        assertThat(CasePhase.INTERMEDIARY_LEASE.canMoveTo(CasePhase.TRANSFER_PROPOSED))
                .isTrue();
        assertThat(CasePhase.INTERMEDIARY_LEASE.canMoveTo(CasePhase.OWN_LEASE)).isFalse();
        assertThat(CasePhase.TRANSFER_PROPOSED.canMoveTo(CasePhase.INTERMEDIARY_LEASE))
                .isTrue();
        assertThat(CasePhase.TRANSFER_APPROVED.canMoveTo(CasePhase.CLOSED)).isFalse();
        assertThat(CasePhase.OWN_LEASE.canMoveTo(CasePhase.CLOSED)).isTrue();
        assertThat(CasePhase.CLOSED.next()).isEmpty();
        assertThat(CasePhase.ENDED_EARLY.next()).isEmpty();
    }

    @Test
    void theProposerCannotReviewTheirOwnProposal() {
        PlacementCase c = PlacementCase.open(placement(false), NOW);
        c.proposeTransfer(allMet(null), HVO, AGREED, NOW);

        assertThatThrownBy(() -> c.reviewTransfer(true, "eens", HVO, AGREED, NOW))
                .isInstanceOf(DomainException.class)
                .hasMessage("cases.transfer.reviewerNotIndependent");
        assertThat(c.latestProposal().orElseThrow().getStatus()).isEqualTo(TransferStatus.AWAITING_REVIEW);
        assertThatThrownBy(() -> c.approveTransfer(null, COORDINATOR, AGREED, NOW))
                .isInstanceOf(DomainException.class)
                .hasMessage("cases.transfer.notAwaitingDecision");
    }

    @Test
    void aDisagreeingReviewOrARefusalSendsTheCaseBack() {
        PlacementCase c = PlacementCase.open(placement(false), NOW);
        c.proposeTransfer(allMet(null), HVO, AGREED, NOW);
        c.reviewTransfer(false, "nog niet stabiel", HVO_COLLEAGUE, AGREED, NOW);
        assertThat(c.getPhase()).isEqualTo(CasePhase.INTERMEDIARY_LEASE);

        c.proposeTransfer(allMet(null), HVO, AGREED.plusMonths(3), NOW);
        c.reviewTransfer(true, "eens", HVO_COLLEAGUE, AGREED.plusMonths(3), NOW);
        c.refuseTransfer("schulden nog niet geregeld", COORDINATOR, AGREED.plusMonths(3), NOW);
        assertThat(c.getPhase()).isEqualTo(CasePhase.INTERMEDIARY_LEASE);
        assertThat(c.getTransferProposals())
                .extracting(TransferProposal::getStatus)
                .containsExactly(TransferStatus.REVIEW_DISAGREED, TransferStatus.REFUSED);
    }

    @Test
    void theChildrenCriterionAppliesOnlyWithChildren() {
        PlacementCase single = PlacementCase.open(placement(false), NOW);
        assertThatThrownBy(() -> single.proposeTransfer(allMet(true), HVO, AGREED, NOW))
                .hasMessage("cases.transfer.childrenNotApplicable");
        PlacementCase family = PlacementCase.open(placement(true), NOW);
        assertThatThrownBy(() -> family.proposeTransfer(allMet(null), HVO, AGREED, NOW))
                .hasMessage("cases.transfer.childrenRequired");
        assertThatThrownBy(() -> family.proposeTransfer(allMet(false), HVO, AGREED, NOW))
                .hasMessage("cases.transfer.criteriaNotMet");
        family.proposeTransfer(allMet(true), HVO, AGREED, NOW);
        assertThat(family.getPhase()).isEqualTo(CasePhase.TRANSFER_PROPOSED);
    }

    @Test
    void aNuisanceReportIsDueInTwoWorkingDays() {
        PlacementCase c = PlacementCase.open(placement(false), NOW);
        LocalDate friday = LocalDate.of(2025, 4, 25);
        CaseSignal nuisance = c.recordSignal(SignalKind.NUISANCE, "geluidsoverlast", YMERE, friday, NOW);
        // Saturday 26 April 2025 is King's Day, then Sunday: Monday and Tuesday are the two working days.
        assertThat(nuisance.getResponseDue()).isEqualTo(LocalDate.of(2025, 4, 29));
        assertThat(nuisance.isResponseOverdue(LocalDate.of(2025, 4, 29))).isFalse();
        assertThat(nuisance.isResponseOverdue(LocalDate.of(2025, 4, 30))).isTrue();
        CaseSignal arrears = c.recordSignal(SignalKind.RENT_ARREARS, "twee maanden", YMERE, friday, NOW);
        assertThat(arrears.getResponseDue()).isNull();
    }

    @Test
    void aStepIsRecordedOnceAndTheTransferStepsOnlyByTheFlow() {
        PlacementCase c = PlacementCase.open(placement(false), NOW);
        c.completeAgreement(WorkingAgreement.SUPPORT_PLAN, HVO, MOVE_IN, "plan met drie doelen", NOW);
        CaseAgreement plan = c.agreement(WorkingAgreement.SUPPORT_PLAN);
        assertThat(plan.getState()).isEqualTo(AgreementState.DONE);
        assertThat(plan.getDoneBy()).isEqualTo("Begeleider");
        assertThatThrownBy(() -> c.markNotApplicable(WorkingAgreement.SUPPORT_PLAN, HVO, MOVE_IN, "geen", NOW))
                .hasMessage("cases.agreement.notOpen");
        assertThatThrownBy(() -> c.completeAgreement(WorkingAgreement.LEASE_TRANSFER, HVO, MOVE_IN, "", NOW))
                .hasMessage("cases.agreement.byFlow");
        c.markNotApplicable(WorkingAgreement.FINANCIAL_SUPPORT, HVO, MOVE_IN, "beheert zelf", NOW);
        assertThat(c.agreement(WorkingAgreement.FINANCIAL_SUPPORT).getState()).isEqualTo(AgreementState.NOT_APPLICABLE);
    }

    @Test
    void theTransferWaitsForAYearInTheIntermediaryLeaseItsStepsAndAnswersToNuisance() {
        PlacementCase c = PlacementCase.open(placement(false), NOW);
        Period year = Period.ofMonths(12);
        LocalDate yearOn = MOVE_IN.plusMonths(12);

        TransferGuard early = c.transferGuard(MOVE_IN.plusDays(30), year);
        assertThat(early.earliest()).isEqualTo(yearOn);
        assertThat(early.tooSoon()).isTrue();
        assertThat(early.openSteps()).containsExactly(2, 3, 4, 7, 10);
        assertThat(early.blocks()).isTrue();

        for (WorkingAgreement step : new WorkingAgreement[] {
            WorkingAgreement.SUPPORT_PLAN, WorkingAgreement.LEASE, WorkingAgreement.CONSENT_AND_PRIVACY
        }) {
            c.completeAgreement(step, HVO, MOVE_IN, "gedaan", NOW);
        }
        c.recordIntroductionVisit(HVO, MOVE_IN.plusDays(10), "kennisgemaakt", NOW);
        c.markNotApplicable(WorkingAgreement.FINANCIAL_SUPPORT, HVO, MOVE_IN, "beheert zelf", NOW);
        c.recordSignal(SignalKind.NUISANCE, "harde muziek", YMERE, yearOn.minusDays(1), NOW);

        TransferGuard reported = c.transferGuard(yearOn, year);
        assertThat(reported.tooSoon()).isFalse();
        assertThat(reported.openSteps()).isEmpty();
        assertThat(reported.openNuisanceReports()).isEqualTo(1);
        assertThat(reported.blocks()).isTrue();
        assertThat(c.transferGuard(yearOn.minusDays(1), year).tooSoon())
                .as("the day before the year is full")
                .isTrue();

        assertThatThrownBy(() -> c.allowTransferDespiteConditions(" ", COORDINATOR, yearOn, NOW))
                .hasMessage("cases.transferAllow.reasonRequired");
        c.allowTransferDespiteConditions("melding besproken, aanpak loopt", COORDINATOR, yearOn, NOW);
        TransferGuard allowed = c.transferGuard(yearOn, year);
        assertThat(allowed.met()).isFalse();
        assertThat(allowed.blocks()).isFalse();
        assertThat(c.getTimeline())
                .filteredOn(e -> e.getKind() == TimelineKind.TRANSFER_ALLOWED_EARLY)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getDetail()).isEqualTo("melding besproken, aanpak loopt");
                    assertThat(e.isSharedWithCorporation()).isFalse();
                });

        c.proposeTransfer(allMet(null), HVO, yearOn, NOW);
        c.reviewTransfer(false, "nog niet", HVO_COLLEAGUE, yearOn, NOW);
        assertThat(c.transferGuard(yearOn, year).blocks())
                .as("the permission is used up by the proposal it allowed")
                .isTrue();
    }

    private static PlacementCase approved() {
        PlacementCase c = PlacementCase.open(placement(false), NOW);
        c.proposeTransfer(allMet(null), HVO, LocalDate.of(2025, 4, 1), NOW);
        c.reviewTransfer(true, "eens", HVO_COLLEAGUE, LocalDate.of(2025, 4, 1), NOW);
        c.approveTransfer(null, COORDINATOR, LocalDate.of(2025, 4, 1), NOW);
        return c;
    }
}
