package nl.matchpunt.trust;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One flow walked with the keyboard alone: every key goes through here, so that the presses are counted and every
 * focus stop is checked as a keyboard user would notice it (the focused element is shown, has a visible focus
 * indicator, and is not hidden or inert; Tab moves focus on). Focus problems are collected and reported together
 * at the end of the flow; an element that cannot be reached fails at once.
 */
final class KeyboardWalk {

    /** What the focused element is, as the browser sees it. */
    record Focus(
            String tag,
            String type,
            String id,
            String name,
            String href,
            boolean body,
            boolean programmatic,
            boolean seen,
            boolean indicator,
            boolean shown,
            boolean hiddenOrInert,
            boolean inMain) {

        String describe() {
            return tag + (type.isEmpty() ? "" : "[" + type + "]") + (id.isEmpty() ? "" : "#" + id) + " \"" + name
                    + "\"";
        }

        boolean named(String expected) {
            return name.equals(expected);
        }
    }

    private static final String FOCUS_SCRIPT = """
            (reset) => {
              if (reset || !window.__keyboardSeen) { window.__keyboardSeen = new WeakSet(); }
              const e = document.activeElement;
              if (!e || e === document.body || e === document.documentElement) {
                return {tag: 'body', type: '', id: '', name: '', href: '', body: true, programmatic: false,
                        seen: false, indicator: false, shown: false, hiddenOrInert: false, inMain: false};
              }
              const text = (node) => (node ? node.textContent : '').replace(/\\s+/g, ' ').trim();
              let name = '';
              if (e.getAttribute('aria-label')) {
                name = e.getAttribute('aria-label').trim();
              } else if (e.getAttribute('aria-labelledby')) {
                name = e.getAttribute('aria-labelledby').split(/\\s+/)
                    .map(id => text(document.getElementById(id))).join(' ').trim();
              } else if (e.labels && e.labels.length > 0) {
                name = text(e.labels[0]);
              } else if (e.tagName === 'INPUT' && (e.type === 'submit' || e.type === 'button')) {
                name = e.value;
              } else {
                name = text(e);
              }
              const style = getComputedStyle(e);
              const indicator = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
                  || style.boxShadow !== 'none';
              let shown = true;
              for (let n = e; n; n = n.parentElement) {
                const s = getComputedStyle(n);
                if (s.display === 'none' || s.visibility === 'hidden' || parseFloat(s.opacity) === 0) { shown = false; }
              }
              const r = e.getBoundingClientRect();
              if (r.width < 1 || r.height < 1 || r.bottom <= 0 || r.right <= 0
                  || r.top >= window.innerHeight || r.left >= window.innerWidth) { shown = false; }
              const hiddenOrInert = e.closest('[hidden], [inert], [aria-hidden="true"]') !== null;
              const seen = window.__keyboardSeen.has(e);
              window.__keyboardSeen.add(e);
              return {tag: e.tagName.toLowerCase(), type: e.getAttribute('type') || '', id: e.id || '', name: name,
                      href: e.getAttribute('href') || '', body: false,
                      programmatic: e.getAttribute('tabindex') === '-1', seen: seen, indicator: indicator,
                      shown: shown, hiddenOrInert: hiddenOrInert, inMain: e.closest('main') !== null};
            }
            """;

    /** Counts the stops a Tab walk should visit: every tabbable element, a radio group once. */
    private static final String TABBABLE_SCRIPT = """
            () => {
              const all = document.querySelectorAll(
                  'a[href], button, input, select, textarea, summary, [tabindex]');
              const radios = new Set();
              let count = 0;
              for (const e of all) {
                if (e.disabled || e.tabIndex < 0 || e.closest('[inert]')) continue;
                if (e.tagName === 'INPUT' && e.type === 'hidden') continue;
                if (e.closest('details:not([open])') && e.tagName !== 'SUMMARY') continue;
                const s = getComputedStyle(e);
                if (s.display === 'none' || s.visibility === 'hidden') continue;
                if (e.getClientRects().length === 0) continue;
                if (e.tagName === 'INPUT' && e.type === 'radio') {
                  if (radios.has(e.name)) continue;
                  radios.add(e.name);
                }
                count++;
              }
              return count;
            }
            """;

    /** Tab moves inside a date field first: day, month, year, the calendar button. */
    private static final int DATE_PARTS = 4;

    private final Page page;

    private final String flow;

    private int presses;

    private int stops;

    private final List<String> failures = new ArrayList<>();

    KeyboardWalk(Page page, String flow) {
        this.page = page;
        this.flow = flow;
    }

    Page page() {
        return page;
    }

    /** Presses a key (Tab, Shift+Tab, Enter, Space, an arrow key). */
    KeyboardWalk press(String key) {
        page.keyboard().press(key);
        presses++;
        return this;
    }

    /** Types text into the focused element, one key press per character. */
    KeyboardWalk type(String text) {
        page.keyboard().type(text);
        presses += text.length();
        return this;
    }

    /** Presses Enter on a link or submit button and waits for the next page. */
    KeyboardWalk follow() {
        // generous: late in the whole suite the round is computed over the thousands of vacancies other tests left
        page.waitForNavigation(new Page.WaitForNavigationOptions().setTimeout(120_000), () -> press("Enter"));
        page.waitForLoadState();
        return this;
    }

    /** The focused element, checked as a focus stop. */
    Focus focus() {
        Focus focus = read(false);
        check(focus);
        return focus;
    }

    private Focus read(boolean reset) {
        @SuppressWarnings("unchecked")
        Map<String, Object> raw = (Map<String, Object>) page.evaluate(FOCUS_SCRIPT, reset);
        return new Focus(
                (String) raw.get("tag"),
                (String) raw.get("type"),
                (String) raw.get("id"),
                (String) raw.get("name"),
                (String) raw.get("href"),
                (Boolean) raw.get("body"),
                (Boolean) raw.get("programmatic"),
                (Boolean) raw.get("seen"),
                (Boolean) raw.get("indicator"),
                (Boolean) raw.get("shown"),
                (Boolean) raw.get("hiddenOrInert"),
                (Boolean) raw.get("inMain"));
    }

    private void check(Focus focus) {
        if (focus.body()) {
            return;
        }
        stops++;
        if (focus.hiddenOrInert()) {
            fail("focus landed on a hidden or inert element: " + focus.describe());
        }
        if (!focus.shown()) {
            fail("focus landed on an element that is not shown: " + focus.describe());
        }
        if (!focus.programmatic() && !focus.indicator()) {
            fail("no visible focus indicator on " + focus.describe());
        }
    }

    void fail(String problem) {
        failures.add(problem + " (on " + page.url() + ")");
    }

    /** Checks a condition a keyboard user notices; a false one is recorded as a failure of the flow. */
    void expect(boolean condition, String problem) {
        if (!condition) {
            fail(problem);
        }
    }

    /** Tabs forward until the focused element has this accessible name. */
    Focus tabTo(String name) {
        return tabTo("\"" + name + "\"", focus -> focus.named(name), 80);
    }

    /** Tabs forward until the focused element's accessible name matches the pattern. */
    Focus tabTo(Pattern name) {
        return tabTo("/" + name + "/", focus -> name.matcher(focus.name()).matches(), 80);
    }

    /**
     * Tabs forward until the focused element is what is wanted, at most {@code bound} presses; fails when focus
     * comes round again without reaching it, or when Tab does not move focus (a keyboard trap).
     */
    Focus tabTo(String wanted, Predicate<Focus> match, int bound) {
        read(true);
        Focus current = read(false);
        if (match.test(current)) {
            check(current);
            return current;
        }
        List<String> passed = new ArrayList<>();
        String previous = current.body() ? "" : current.describe();
        int sameInARow = 0;
        for (int i = 0; i < bound; i++) {
            press("Tab");
            Focus focus = focus();
            if (match.test(focus)) {
                return focus;
            }
            if (!focus.body() && focus.describe().equals(previous)) {
                sameInARow++;
                boolean dateSegment = "date".equals(focus.type()) && sameInARow < DATE_PARTS;
                if (!dateSegment) {
                    throw new AssertionError(flow + ": keyboard trap, Tab does not move focus off " + focus.describe()
                            + " on " + page.url());
                }
                continue;
            }
            sameInARow = 0;
            if (focus.seen()) {
                throw new AssertionError(flow + ": tabbed round the whole page without reaching " + wanted + " on "
                        + page.url() + "; focus stops: " + passed);
            }
            previous = focus.describe();
            passed.add(focus.describe());
        }
        throw new AssertionError(flow + ": " + wanted + " not reached in " + bound + " Tab presses on " + page.url()
                + "; focus stops: " + passed);
    }

    /**
     * Tabs through the whole page from where focus is until focus comes round again; every tabbable element must
     * have been a stop on the way (so focus is never kept in one part of the page).
     */
    void roundTheWholePage(int bound) {
        int tabbable = ((Number) page.evaluate(TABBABLE_SCRIPT)).intValue();
        read(true);
        int distinct = read(false).body() ? 0 : 1;
        String previous = "";
        int sameInARow = 0;
        for (int i = 0; i < bound; i++) {
            press("Tab");
            Focus focus = focus();
            if (focus.body()) {
                continue;
            }
            if (focus.describe().equals(previous) && "date".equals(focus.type()) && ++sameInARow < DATE_PARTS) {
                continue;
            }
            sameInARow = 0;
            previous = focus.describe();
            if (focus.seen()) {
                expect(
                        distinct >= tabbable,
                        "Tab came round after " + distinct + " of " + tabbable + " tabbable elements (a trap)");
                return;
            }
            distinct++;
        }
        fail("focus did not come round within " + bound + " Tab presses (" + tabbable + " tabbable elements)");
    }

    /** Prints the flow's line and gives what went wrong at the focus stops and checks (empty when all is well). */
    List<String> report() {
        System.out.println("TRUST keyboard: flow=" + flow + " keys=" + presses + " focusStops=" + stops + " failures="
                + failures.size());
        return failures.stream().map(failure -> flow + ": " + failure).toList();
    }
}
