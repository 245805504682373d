package nl.matchpunt.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.matchpunt.shared.DomainException;
import org.junit.jupiter.api.Test;

class ProposalTests {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final Proposal proposal = new Proposal(
            1L,
            new ProposalDwelling(
                    10L, 100L, "Kinkerstraat 12", 2L, "West", 7L, "Oud-West, De Baarsjes", LocalDate.of(2026, 12, 1)),
            new ProposalClient(
                    20L, 200L, "C-2026-0001", "OMSLAG_MO_BW_ADULT", LocalDate.of(2026, 9, 1), false, 1, false),
            score("40", "10", "5", "-2", "3"));

    private static ScoreParts score(String w, String p, String c, String s, String x) {
        return new ScoreParts(
                new BigDecimal(w), new BigDecimal(p), new BigDecimal(c), new BigDecimal(s), new BigDecimal(x));
    }

    @Test
    void aDraftCanBeRemovedOrSwappedButNotAccepted() {
        assertThat(proposal.getScore()).isEqualByComparingTo("56.00");
        proposal.swapClient(
                new ProposalClient(
                        21L, 201L, "C-2026-0002", "HOUSING_FIRST_YOUTH", LocalDate.of(2026, 8, 1), true, 3, true),
                score("50", "0", "0", "0", "0"));
        assertThat(proposal.getClientId()).isEqualTo(21L);
        assertThat(proposal.isCarefulMatching()).isTrue();
        assertThatThrownBy(() -> proposal.accept(Party.CORPORATION)).isInstanceOf(DomainException.class);

        proposal.remove();
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.REMOVED);
        assertThatThrownBy(() -> proposal.send(NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void bothPartiesAcceptingAgreesThePlacement() {
        proposal.send(NOW);
        assertThat(proposal.undecided()).containsExactly(Party.CORPORATION, Party.CARE_PROVIDER);

        assertThat(proposal.accept(Party.CORPORATION)).isFalse();
        assertThat(proposal.accept(Party.CORPORATION)).isFalse();
        assertThat(proposal.accept(Party.CARE_PROVIDER)).isTrue();
        proposal.agree(NOW);

        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.AGREED);
        assertThatThrownBy(() -> proposal.decline(Party.CARE_PROVIDER, "CLIENT_REFUSED"))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void agreeingNeedsBothAcceptances() {
        proposal.send(NOW);
        proposal.accept(Party.CARE_PROVIDER);

        assertThatThrownBy(() -> proposal.agree(NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void aDeclineWaitsForTheCoordinatorWhoConfirmsOrOverturnsIt() {
        proposal.send(NOW);
        proposal.accept(Party.CARE_PROVIDER);
        proposal.decline(Party.CORPORATION, "NOT_SUITABLE_FOR_COMPLEX");
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.DECLINED);
        assertThat(proposal.getStatus().isOpen()).isTrue();

        proposal.overturnDecline();
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.SENT);
        assertThat(proposal.undecided()).containsExactly(Party.CORPORATION);
        assertThat(proposal.hasAccepted(Party.CARE_PROVIDER)).isTrue();

        proposal.decline(Party.CORPORATION, "NOT_SUITABLE_FOR_COMPLEX");
        proposal.confirmDecline(NOW);
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.DECLINE_CONFIRMED);
        assertThat(proposal.getStatus().isOpen()).isFalse();
        assertThatThrownBy(proposal::overturnDecline).isInstanceOf(DomainException.class);
    }

    @Test
    void withdrawingEndsAnOpenProposalAndRemovesADraft() {
        proposal.withdraw(NOW);
        assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.REMOVED);

        Proposal sent = new Proposal(
                1L,
                new ProposalDwelling(
                        11L, 100L, "Hoofdweg 1", 2L, "West", 6L, "Bos en Lommer", LocalDate.of(2026, 12, 1)),
                new ProposalClient(22L, 200L, "C-2026-0003", "MO", LocalDate.of(2026, 9, 1), false, 1, false),
                score("1", "0", "0", "0", "0"));
        sent.send(NOW);
        sent.withdraw(NOW);
        assertThat(sent.getStatus()).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThatThrownBy(() -> sent.withdraw(NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void declineReasonScopeLimitsWhichPartyMayUseIt() {
        assertThat(DeclinePartyScope.EITHER.allows(Party.CORPORATION)).isTrue();
        assertThat(DeclinePartyScope.CARE_PROVIDER.allows(Party.CORPORATION)).isFalse();
        assertThat(DeclinePartyScope.CARE_PROVIDER.allows(Party.CARE_PROVIDER)).isTrue();
    }
}
