package nl.matchpunt.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.matchpunt.support.ErrorSummary;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class AdministrationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationService organisations;

    @Test
    void administratorCreatesAnOrganisationAndAnAccountThatCanLogIn() {
        WebSession admin = WebSession.loggedIn(port, "admin");
        String code = "zorg-" + UUID.randomUUID().toString().substring(0, 6);
        // the kept list of care providers, read before the new one exists
        assertThat(organisations.ofType(OrganisationType.CARE_PROVIDER))
                .extracting(OrganisationSummary::code)
                .doesNotContain(code);

        HttpResponse<String> created = admin.postForm(
                "/admin/organisations",
                "/admin/organisations",
                Map.of("code", code, "name", "Zorg " + code, "type", "CARE_PROVIDER"));
        assertThat(created.statusCode()).isEqualTo(302);
        Long organisationId = organisations.findByCode(code).orElseThrow().id();
        assertThat(organisations.ofType(OrganisationType.CARE_PROVIDER))
                .as("the new organisation is in the kept list at once, not after it expires")
                .extracting(OrganisationSummary::code)
                .contains(code);

        String username = "begeleider-" + code;
        Map<String, String> account = new LinkedHashMap<>();
        account.put("username", username);
        account.put("displayName", "Begeleider");
        account.put("email", "begeleider@example.org");
        account.put("organisationId", organisationId.toString());
        account.put("role", "CARE_PROVIDER_STAFF");
        account.put("password", "een-lange-zin-om-te-onthouden");
        account.put("passwordRepeat", "een-lange-zin-om-te-onthouden");
        HttpResponse<String> response = admin.postForm("/admin/accounts", "/admin/accounts/new", account);

        assertThat(response.statusCode()).isEqualTo(302);
        WebSession newUser = WebSession.loggedIn(port, username, "een-lange-zin-om-te-onthouden");
        assertThat(newUser.get("/").body()).contains("Begeleider", "Zorg " + code);
    }

    @Test
    void badInputIsShownInDutchAtTheFieldAndKeepsWhatWasTyped() {
        WebSession admin = WebSession.loggedIn(port, "admin");
        Map<String, String> account = new LinkedHashMap<>();
        account.put("username", "nieuwe-collega");
        account.put("displayName", "Nieuwe Collega");
        account.put("email", "geen-adres");
        account.put(
                "organisationId",
                organisations.findByCode("ymere").orElseThrow().id().toString());
        account.put("role", "COORDINATOR");
        account.put("password", "wachtwoord1234");
        account.put("passwordRepeat", "wachtwoord1234");

        HttpResponse<String> response = admin.postForm("/admin/accounts", "/admin/accounts/new", account);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Het formulier is nog niet goed ingevuld")
                .contains("Vul een geldig e-mailadres in.")
                .contains("value=\"nieuwe-collega\"")
                .contains("value=\"Nieuwe Collega\"");
        assertThat(organisations.findByCode("nieuwe-collega")).isEmpty();

        account.put("email", "collega@example.org");
        HttpResponse<String> mismatch = admin.postForm("/admin/accounts", "/admin/accounts/new", account);
        assertThat(mismatch.body()).contains("Deze rol past niet bij de soort organisatie.");

        account.put("role", "CORPORATION_STAFF");
        HttpResponse<String> common = admin.postForm("/admin/accounts", "/admin/accounts/new", account);
        assertThat(common.body()).contains("Dit wachtwoord is te bekend; kies een ander.");

        account.put("password", "een-lange-zin-om-te-onthouden");
        account.put("passwordRepeat", "een-lange-zin-om-te-vergeten");
        HttpResponse<String> different = admin.postForm("/admin/accounts", "/admin/accounts/new", account);
        // the rule over both fields is shown at the repeated password, and the error summary links there
        assertThat(different.body())
                .containsPattern("id=\"passwordRepeat-error\"[^>]*>De twee wachtwoorden zijn niet gelijk.");
        assertThat(ErrorSummary.targets(different.body())).containsExactly("passwordRepeat");
        assertThat(ErrorSummary.linksWithoutField(different.body())).isEmpty();
    }

    @Test
    void anUnknownRecordIsADutch404() {
        WebSession admin = WebSession.loggedIn(port, "admin");
        HttpResponse<String> response = admin.postForm("/admin/accounts/999999/disable", "/admin/accounts", Map.of());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Niet gevonden");
    }
}
