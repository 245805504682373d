package nl.matchpunt.shared.web;

import java.beans.PropertyEditorSupport;
import java.math.BigInteger;
import java.time.LocalDate;
import nl.matchpunt.shared.SensibleDate;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The one place where the request parameters (and path variables) that lists, dashboards and the API share are
 * bounded, whatever controller reads them: a page number beyond the last page any list can have is read as that
 * last page, and a page size is kept between 1 and {@link #MAX_SIZE}, so that no offset overflows; a year outside
 * {@link #MIN_YEAR}–{@link #MAX_YEAR}, a quarter outside 1–4 or a date filter outside 1900–2100 is refused as
 * unreadable (400, a Dutch page or problem detail).
 */
@ControllerAdvice
class RequestParameterAdvice {

    /** The highest page number read: far beyond any list, and with any page size an offset that fits an int. */
    static final int MAX_PAGE = 10_000;

    static final int MAX_SIZE = 100;

    static final int MIN_YEAR = 1900;

    static final int MAX_YEAR = 2100;

    @InitBinder("page")
    void page(WebDataBinder binder) {
        register(binder, new Bounded(0, MAX_PAGE, true));
    }

    @InitBinder("size")
    void size(WebDataBinder binder) {
        register(binder, new Bounded(1, MAX_SIZE, true));
    }

    @InitBinder("year")
    void year(WebDataBinder binder) {
        register(binder, new Bounded(MIN_YEAR, MAX_YEAR, false));
    }

    @InitBinder("quarter")
    void quarter(WebDataBinder binder) {
        register(binder, new Bounded(1, 4, false));
    }

    /** A date filter of a list (the dwellings' "available from"): refused when outside {@link SensibleDate}. */
    @InitBinder("availableFrom")
    void date(WebDataBinder binder) {
        binder.registerCustomEditor(LocalDate.class, new DateEditor());
    }

    private static void register(WebDataBinder binder, Bounded editor) {
        binder.registerCustomEditor(int.class, editor);
        binder.registerCustomEditor(Integer.class, editor);
    }

    /** An ISO date (2026-12-01) within {@link SensibleDate}'s years. */
    static final class DateEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(@Nullable String text) {
            String value = text == null ? "" : text.strip();
            if (value.isEmpty()) {
                setValue(null);
                return;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("not an ISO date", e);
            }
            if (!SensibleDate.Validator.within(date)) {
                throw new IllegalArgumentException("outside " + SensibleDate.FIRST + " - " + SensibleDate.LAST);
            }
            setValue(date);
        }

        @Override
        public String getAsText() {
            return getValue() instanceof LocalDate date ? date.toString() : "";
        }
    }

    /** A whole number within bounds: one beyond them is brought within ({@code clamp}) or refused. */
    static final class Bounded extends PropertyEditorSupport {

        private final int min;

        private final int max;

        private final boolean clamp;

        Bounded(int min, int max, boolean clamp) {
            this.min = min;
            this.max = max;
            this.clamp = clamp;
        }

        @Override
        public void setAsText(@Nullable String text) {
            String value = text == null ? "" : text.strip();
            if (value.isEmpty()) {
                setValue(null);
                return;
            }
            if (value.length() > 20 || !value.matches("[+-]?[0-9]+")) {
                throw new IllegalArgumentException("not a whole number");
            }
            BigInteger number = new BigInteger(value);
            if (number.compareTo(BigInteger.valueOf(min)) < 0) {
                if (!clamp) {
                    throw new IllegalArgumentException("below " + min);
                }
                setValue(min);
            } else if (number.compareTo(BigInteger.valueOf(max)) > 0) {
                if (!clamp) {
                    throw new IllegalArgumentException("above " + max);
                }
                setValue(max);
            } else {
                setValue(number.intValueExact());
            }
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
