package nl.matchpunt.trust;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.matchpunt.support.TestDatabase;

/** What the browser flows of the whole path read on the way: ids from addresses, single values from the database. */
final class PathData {

    private PathData() {}

    /** The id that the pattern's first group finds in the address. */
    static Long idFrom(String url, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(url);
        if (!matcher.find()) {
            throw new AssertionError("no id in " + url);
        }
        return Long.valueOf(matcher.group(1));
    }

    /** The client code that the screens show for a client. */
    static String codeOf(Long client) throws Exception {
        try (Connection connection = TestDatabase.open();
                PreparedStatement statement =
                        connection.prepareStatement("select client_code from client where id = ?")) {
            statement.setLong(1, client);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new AssertionError("no client " + client);
                }
                return rows.getString(1);
            }
        }
    }

    /** The number in the first column of the first row of a query with one parameter. */
    static Long single(String sql, Long parameter) throws Exception {
        try (Connection connection = TestDatabase.open();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new AssertionError("nothing for " + sql + " " + parameter);
                }
                return rows.getLong(1);
            }
        }
    }
}
