package nl.matchpunt.trust;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The GET pages a demo account can open, generated from the request mappings: every GET mapping without path
 * variables, plus one page per mapping with variables, filled with a record the account's own organisation owns
 * (any record for the municipality), so that detail pages of every kind are included.
 */
final class Pages {

    private Pages() {}

    /** What a crawl does with each page. */
    interface Visit {
        void page(Attacker account, String path, HttpResponse<String> response) throws Exception;
    }

    /** Opens every page of every demo account ({@link TrustData#ACCOUNTS}) and returns how many were opened. */
    static int crawl(
            int port,
            RequestMappingHandlerMapping mappings,
            UserDetailsService users,
            WebInvocationPrivilegeEvaluator privileges,
            Visit visit)
            throws Exception {
        TrustData data = new TrustData();
        Endpoints endpoints = Endpoints.of(mappings);
        int pages = 0;
        for (String username : TrustData.ACCOUNTS) {
            Attacker account = new Attacker(port, username, users, privileges);
            for (String path : of(endpoints, data, account)) {
                visit.page(account, path, account.session.get(path));
                pages++;
            }
        }
        return pages;
    }

    static List<String> of(Endpoints endpoints, TrustData data, Attacker account) throws SQLException {
        TrustData.Account owner = data.account(account.username);
        Set<String> paths = new LinkedHashSet<>();
        for (Endpoints.Endpoint endpoint : endpoints.gets()) {
            if (endpoint.isApi()) {
                continue;
            }
            String path = fill(endpoint, data, owner);
            if (path != null && account.mayUse(path, "GET")) {
                paths.add(path);
            }
        }
        return new ArrayList<>(paths);
    }

    /** The path with its variables filled, or null when a variable names no record this account has. */
    static String fill(Endpoints.Endpoint endpoint, TrustData data, TrustData.Account owner) throws SQLException {
        List<String> values = new ArrayList<>();
        for (String variable : endpoint.variables()) {
            if (!Endpoints.Endpoint.isId(variable)) {
                // a year is one the application has plans for; any other number names the first of its kind
                values.add(
                        variable.equals("year")
                                ? Integer.toString(java.time.Year.now(nl.matchpunt.shared.ClockConfiguration.AMSTERDAM)
                                        .getValue())
                                : "1");
                continue;
            }
            String kind = TrustData.kind(endpoint, variable);
            if (kind == null) {
                return null;
            }
            Long id = owner.isMunicipality() ? data.anyId(kind) : data.ownedBy(kind, owner.organisationId());
            if (id == null) {
                return null;
            }
            values.add(id.toString());
        }
        java.util.Iterator<String> next = values.iterator();
        return endpoint.path(variable -> next.next());
    }
}
