package nl.matchpunt.dwellings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.matchpunt.geography.GeographyService;
import nl.matchpunt.support.TestDates;
import nl.matchpunt.support.WebSession;

/** The register form as a corporation user fills it in, for the web tests. */
public final class DwellingForms {

    private DwellingForms() {}

    public static Map<String, String> fields(GeographyService geography, String reference) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ownReference", reference);
        fields.put("street", "Bos en Lommerweg");
        fields.put("houseNumber", "112");
        fields.put("houseNumberAddition", "2");
        fields.put("postcode", "1055 DT");
        fields.put("city", "Amsterdam");
        fields.put("districtId", geography.findByCode("E").orElseThrow().id().toString());
        fields.put("areaId", geography.findByCode("GE06").orElseThrow().id().toString());
        fields.put("rent", "612,50");
        fields.put("rooms", "2");
        fields.put("livingArea", "54");
        fields.put("floor", "2");
        fields.put("sharedEntrance", "true");
        fields.put("availableFrom", TestDates.soonIso());
        fields.put("note", "Rustig portiek");
        fields.put("version", "0");
        return fields;
    }

    /** Registers a vacancy through the form and returns its id. */
    static long register(WebSession session, GeographyService geography, String reference) {
        HttpResponse<String> response = session.postForm("/dwellings", "/dwellings/new", fields(geography, reference));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
