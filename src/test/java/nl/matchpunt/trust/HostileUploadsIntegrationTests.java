package nl.matchpunt.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.matchpunt.dwellings.importing.ImportUploads;
import nl.matchpunt.support.IntegrationTest;
import nl.matchpunt.support.TestDates;
import nl.matchpunt.support.WebSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Item 3 of the trust issue, for CSV previews: twelve sessions of the two corporation accounts each upload three
 * files of 4.5 MB (the size allowed is 5 MB) and leave them waiting for confirmation. Measured in this JVM after
 * a full collection, the live heap grows by less than 50 MB (it grew by the files themselves when each session
 * kept its file), the waiting files are bounded per user, every session still gets its pages, and the newest
 * preview can still be imported by its owner and by nobody else.
 */
@IntegrationTest
@Tag("slow")
class HostileUploadsIntegrationTests {

    private static final String HEADER = "referentie;straat;huisnummer;toevoeging;postcode;plaats;stadsdeel;gebied;"
            + "huur;kamers;woonoppervlakte;verdieping;lift;rolstoeltoegankelijk;portiek;beschikbaar_per;toelichting";

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private static final int SESSIONS_PER_ACCOUNT = 6;

    private static final int UPLOADS_PER_SESSION = 3;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void largeUploadsFromManySessionsLeaveTheHeapAlone() {
        byte[] file = file();
        long before = liveHeap();
        long start = System.nanoTime();
        List<WebSession> sessions = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        String newestToken = null;
        WebSession newestSession = null;
        for (String account : List.of("ymere", "rochdale")) {
            for (int i = 0; i < SESSIONS_PER_ACCOUNT; i++) {
                sessions.add(WebSession.loggedIn(port, account));
            }
        }
        int uploads = 0;
        for (int round = 0; round < UPLOADS_PER_SESSION; round++) {
            for (WebSession session : sessions) {
                HttpResponse<String> preview = session.upload("/dwellings/import", "groot.csv", file);
                uploads++;
                Matcher token = TOKEN.matcher(preview.body());
                if (preview.statusCode() != 200 || !token.find()) {
                    failures.add("upload " + uploads + ": " + preview.statusCode());
                } else {
                    newestToken = token.group(1);
                    newestSession = session;
                }
            }
        }
        long after = liveHeap();
        double seconds = (System.nanoTime() - start) / 1e9;
        for (WebSession session : sessions) {
            int status = session.get("/dwellings").statusCode();
            if (status != 200) {
                failures.add("the dwellings page answered " + status);
            }
        }
        Integer waiting = jdbc.queryForObject("select count(*) from dwelling_import_upload", Integer.class);

        // the newest preview is its owner's only: another session of the other account cannot import it
        WebSession stranger = sessions.get(0);
        HttpResponse<String> stolen = confirm(stranger, newestToken);
        HttpResponse<String> confirmed = confirm(newestSession, newestToken);

        long grownMb = (after - before) / (1024 * 1024);
        System.out.printf(
                "TRUST hostile uploads: %d sessions x %d uploads of %.1f MB (%d MB sent) in %.1f s: live heap grew by"
                        + " %d MB (limit 50), %d uploads waiting in the database (at most %d per user), %d failures"
                        + " %s%n",
                sessions.size(),
                UPLOADS_PER_SESSION,
                file.length / 1024.0 / 1024.0,
                (long) file.length * uploads / (1024 * 1024),
                seconds,
                grownMb,
                waiting,
                ImportUploads.PER_USER,
                failures.size(),
                failures);
        assertThat(failures).isEmpty();
        assertThat(grownMb).isLessThan(50);
        assertThat(waiting).isLessThanOrEqualTo(2 * ImportUploads.PER_USER);
        assertThat(stolen.headers().firstValue("Location").orElse("")).endsWith("/dwellings/import");
        assertThat(confirmed.headers().firstValue("Location").orElse("")).endsWith("/dwellings");
    }

    /** 4.5 MB: one good line, and a hundred lines whose explanation is far too long. */
    private static byte[] file() {
        String batch = "HOSTILE-" + UUID.randomUUID().toString().substring(0, 6);
        StringBuilder file = new StringBuilder(HEADER).append("\r\n");
        file.append(batch)
                .append(";Bos en Lommerweg;12;;1055 DT;Amsterdam;West;Bos en Lommer;612,50;2;54;2;nee;nee;ja;")
                .append(TestDates.soonDutch() + ";\r\n");
        String note = "x".repeat(47_000);
        for (int i = 0; i < 100; i++) {
            file.append(batch)
                    .append('-')
                    .append(i)
                    .append(";Bos en Lommerweg;12;;1055 DT;Amsterdam;West;Bos en Lommer;612,50;2;54;2;nee;nee;ja;")
                    .append(TestDates.soonDutch() + ";")
                    .append(note)
                    .append("\r\n");
        }
        return file.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long liveHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static HttpResponse<String> confirm(WebSession session, String token) {
        Matcher csrf = CSRF.matcher(session.get("/dwellings/import").body());
        assertThat(csrf.find()).isTrue();
        return session.postRaw("/dwellings/import/confirm", Map.of("token", token, "_csrf", csrf.group(1)));
    }
}
