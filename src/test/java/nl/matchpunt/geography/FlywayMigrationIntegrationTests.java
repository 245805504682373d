package nl.matchpunt.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The test database starts empty; the application's Flyway scripts built it. */
@IntegrationTest
class FlywayMigrationIntegrationTests {

    @Autowired
    GeographyService geography;

    @Test
    void everyMigrationRanSuccessfullyOnAnEmptyPostgresql() throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = TestDatabase.open();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select version, success from flyway_schema_history where version is not null order by installed_rank")) {
            while (rows.next()) {
                assertThat(rows.getBoolean("success")).isTrue();
                versions.add(rows.getString("version"));
            }
        }
        assertThat(versions).startsWith("1", "2", "3", "4");
    }

    @Test
    void theSevenDistrictsAndWeespAreSeededWithTheirAreas() {
        assertThat(geography.districts())
                .extracting(Region::name)
                .containsExactlyInAnyOrder(
                        "Centrum", "Nieuw-West", "Noord", "Oost", "West", "Zuid", "Zuidoost", "Weesp");
        Region noord = geography.findByCode("N").orElseThrow();
        assertThat(geography.children(noord.id()))
                .extracting(Region::name)
                .containsExactly("Noord-Oost", "Noord-West", "Oud-Noord");
        Region noordWest = geography.findByCode("GN19").orElseThrow();
        assertThat(geography.isWithin(noordWest.id(), noord.id())).isTrue();
        assertThat(geography.isWithin(
                        noordWest.id(), geography.findByCode("A").orElseThrow().id()))
                .isFalse();
        assertThat(geography.areas()).hasSize(24);
    }
}
