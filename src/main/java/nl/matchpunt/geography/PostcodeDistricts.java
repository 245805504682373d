package nl.matchpunt.geography;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The table of postcode areas (the four digits) and the districts they lie in, shipped with the application in
 * {@code geography/postcode-districts.properties} and read once at start-up.
 */
@Component
class PostcodeDistricts {

    private static final String TABLE = "geography/postcode-districts.properties";

    private final Map<String, List<String>> districtCodes = new HashMap<>();

    PostcodeDistricts() {
        Properties table = new Properties();
        try (InputStream in = new ClassPathResource(TABLE).getInputStream()) {
            table.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The postcode table " + TABLE + " cannot be read", e);
        }
        table.forEach((digits, codes) -> districtCodes.put(
                digits.toString(),
                Arrays.stream(codes.toString().split(",")).map(String::strip).toList()));
    }

    /** The district codes of {@code postcode} (its first four digits); empty when it lies outside the table. */
    List<String> of(String postcode) {
        String digits = postcode.strip();
        if (digits.length() < 4) {
            return List.of();
        }
        return districtCodes.getOrDefault(digits.substring(0, 4), List.of());
    }
}
