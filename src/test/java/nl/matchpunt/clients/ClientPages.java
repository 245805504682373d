package nl.matchpunt.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.matchpunt.support.WebSession;

/** Drives the client pages over HTTP the way a care provider and the coordinator would. */
public final class ClientPages {

    private static final Pattern CREATED = Pattern.compile("/clients/(\\d+)/profile$");

    private static final Pattern VERSION = Pattern.compile("name=\"version\"[^>]*value=\"(\\d+)\"");

    private ClientPages() {}

    public static String uniqueName() {
        return "Test Demo-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, String> personalFields(String name, String bsn, Long targetGroupId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("dateOfBirth", "1988-04-12");
        fields.put("bsn", bsn);
        fields.put("phone", "020-0001234");
        fields.put("email", "test.client@example.org");
        fields.put("supervisorName", "Begeleider Test");
        fields.put("supervisorPhone", "020-0004321");
        fields.put("supervisorEmail", "begeleider@example.org");
        fields.put("targetGroupId", targetGroupId.toString());
        fields.put("adults", "1");
        fields.put("children", "2");
        fields.put("incomeBand", "SOCIAL_ASSISTANCE");
        fields.put("currentLocation", "Testopvang");
        fields.put("version", "0");
        return fields;
    }

    /** Registers a client as the logged-in care provider; returns its id. */
    static Long register(WebSession careProvider, String name, String bsn, Long targetGroupId) {
        HttpResponse<String> response =
                careProvider.postForm("/clients", "/clients/new", personalFields(name, bsn, targetGroupId));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        Matcher matcher =
                CREATED.matcher(response.headers().firstValue("Location").orElse(""));
        assertThat(matcher.find()).isTrue();
        return Long.valueOf(matcher.group(1));
    }

    static Map<String, String> profileFields(String version) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("maxRent", "800.00");
        fields.put("minRooms", "2");
        fields.put("maxRooms", "3");
        fields.put("maxFloor", "");
        fields.put("needsElevator", "true");
        fields.put("_needsElevator", "on");
        fields.put("exclusionReason", "");
        fields.put("note", "");
        fields.put("sharedFields", "HOUSEHOLD");
        fields.put("_sharedFields", "on");
        fields.put("version", version);
        return fields;
    }

    static String version(WebSession session, String formPage) {
        Matcher matcher = VERSION.matcher(session.get(formPage).body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    /** Fills in the profile (sharing only the household) and submits the client. */
    static void profileAndSubmit(WebSession careProvider, Long id) {
        String page = "/clients/" + id + "/profile";
        HttpResponse<String> saved = careProvider.postForm(page, page, profileFields(version(careProvider, page)));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        HttpResponse<String> submitted =
                careProvider.postForm("/clients/" + id + "/submit", "/clients/" + id, Map.of());
        assertThat(submitted.statusCode()).isEqualTo(302);
    }

    static void approve(WebSession coordinator, Long id, String date) {
        HttpResponse<String> response = coordinator.postForm(
                "/clients/" + id + "/approve", "/clients/" + id + "/decision", Map.of("eligibleSince", date));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
    }
}
