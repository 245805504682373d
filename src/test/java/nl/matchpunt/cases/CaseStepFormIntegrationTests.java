package nl.matchpunt.cases;

import static nl.matchpunt.shared.ClockConfiguration.AMSTERDAM;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.support.ErrorSummary;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CaseStepFormIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    OrganisationService organisations;

    @Test
    void aStepMarkedDoneWithoutADateIsRefusedAtTheDateFieldAndKeepsTheNote() throws Exception {
        long id = CaseTestData.open(
                transactions,
                events,
                CaseTestData.placement(organisations, "ymere", "hvo-querido", LocalDate.now(AMSTERDAM), false));
        WebSession hvo = WebSession.loggedIn(port, "hvo");
        String form = "/cases/" + id + "/agreements/2";
        String done = "select count(*) from case_agreement where case_id = ? and state = 'DONE'";
        long doneBefore = CaseTestData.count(done, id);

        HttpResponse<String> refused =
                hvo.postForm(form, form, Map.of("outcome", "DONE", "doneOn", "", "note", "Plan besproken"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .containsPattern("id=\"doneOn-error\"[^>]*>Vul de datum in waarop de stap is gedaan.")
                .contains("Plan besproken");
        assertThat(ErrorSummary.targets(refused.body())).containsExactly("doneOn");
        assertThat(ErrorSummary.linksWithoutField(refused.body())).isEmpty();
        assertThat(CaseTestData.count(done, id)).isEqualTo(doneBefore);
    }
}
