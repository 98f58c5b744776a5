package dk.ringtjek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * The checks every public page gets in the browser, in one place so that a new page (the report
 * page, say) needs one line: axe-core's accessibility rules with no serious or critical violation,
 * no horizontal overflow and no text past the right edge of the screen, on a phone a search field at
 * least 60 % of the screen's width, and a screenshot in
 * target/screenshots/{name}-{width}.png.
 */
public final class PageChecks {

    /** The impacts axe-core reports that fail a page. */
    static final List<String> FAILING_IMPACTS = List.of("serious", "critical");
    /** A pixel of rounding. */
    private static final int SLACK = 1;

    /** Elements with their own text whose box ends right of the screen (or starts left of it). */
    private static final String TEXT_PAST_EDGE = """
            const width = document.documentElement.clientWidth;
            const out = [];
            for (const el of document.body.querySelectorAll('*')) {
              const ownText = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim().length > 0);
              if (!ownText) continue;
              const s = getComputedStyle(el);
              if (s.visibility === 'hidden' || s.display === 'none') continue;
              // visually hidden helpers (the honeypot) sit off screen on purpose
              if (el.closest('.hp, [aria-hidden="true"]')) continue;
              const r = el.getBoundingClientRect();
              if (r.width === 0 || r.height === 0) continue;
              if (r.right > width + arguments[0] || r.left < -arguments[0]) {
                out.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '')
                    + ' [' + Math.round(r.left) + '..' + Math.round(r.right) + '] ' + el.textContent.trim().slice(0, 60));
              }
            }
            return out;
            """;

    private PageChecks() {
    }

    /** Opens the path and runs every check, saving the screenshot as {name}-{width}. */
    public static void checkPage(Browser browser, java.net.URL base, String path, String name) {
        browser.open(base, path);
        checkShownPage(browser, name);
    }

    /** Every check on the page the browser shows now. */
    public static void checkShownPage(Browser browser, String name) {
        browser.screenshot(name + "-" + browser.viewport().width);
        checkLayout(browser);
        checkSearchField(browser);
        checkAxe(browser);
    }

    /** axe-core's rules (WCAG 2 A/AA and best practices): no serious or critical violation. */
    public static void checkAxe(Browser browser) {
        checkAxe(browser, new AxeBuilder());
    }

    /** axe-core with only the given rules, e.g. "color-contrast", on the given CSS selectors. */
    public static void checkAxe(Browser browser, List<String> rules, List<String> include) {
        AxeBuilder axe = new AxeBuilder().withRules(rules);
        include.forEach(axe::include);
        checkAxe(browser, axe);
    }

    private static void checkAxe(Browser browser, AxeBuilder axe) {
        Results results = axe.analyze(browser.driver());
        assertTrue(results.getErrorMessage() == null || results.getErrorMessage().isEmpty(),
                "axe-core failed: " + results.getErrorMessage());
        List<Rule> failing = results.getViolations().stream()
                .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact())).toList();
        assertTrue(failing.isEmpty(), "axe-core on " + browser.currentPath() + ":\n" + describe(failing));
    }

    /** No horizontal scrolling, and no element's text past the right edge of the screen. */
    public static void checkLayout(Browser browser) {
        Map<?, ?> sizes = (Map<?, ?>) browser.driver().executeScript(
                "return { page: document.documentElement.scrollWidth, screen: document.documentElement.clientWidth };");
        long page = ((Number) sizes.get("page")).longValue();
        long screen = ((Number) sizes.get("screen")).longValue();
        assertTrue(page <= screen + SLACK, browser.currentPath() + " scrolls sideways: " + page + " px on a "
                + screen + " px screen");
        List<?> past = (List<?>) browser.driver().executeScript(TEXT_PAST_EDGE, SLACK);
        assertEquals(List.of(), past, browser.currentPath() + ": text past the edge of a " + screen + " px screen");
    }

    /** On a phone, the search field (the header's, or the home page's) takes at least 60 % of the screen. */
    public static void checkSearchField(Browser browser) {
        if (!browser.viewport().mobile) {
            return;
        }
        List<org.openqa.selenium.WebElement> fields = browser.findAll("form[role=search] input[name=q]");
        assertTrue(!fields.isEmpty(), browser.currentPath() + " has no search field");
        long screen = ((Number) browser.driver().executeScript("return document.documentElement.clientWidth;"))
                .longValue();
        for (org.openqa.selenium.WebElement field : fields) {
            int width = field.getRect().getWidth();
            assertTrue(width >= 0.6 * screen, browser.currentPath() + ": the search field is " + width + " px wide on a "
                    + screen + " px screen");
        }
    }

    /**
     * The answer a caller needs is on a phone's first screen, without scrolling: each of the selectors
     * must be there and entirely above the fold.
     */
    public static void checkFirstScreen(Browser browser, List<String> selectors) {
        for (String selector : selectors) {
            List<org.openqa.selenium.WebElement> found = browser.findAll(selector);
            assertTrue(!found.isEmpty(), browser.currentPath() + " has no " + selector);
            assertTrue(browser.isOnScreen(found.get(0)), browser.currentPath() + ": " + selector
                    + " is not on the first " + browser.viewport().height + " px");
        }
    }

    static String describe(List<Rule> rules) {
        return rules.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n"
                + rule.getNodes().stream().limit(5).map(node -> "    " + node.getTarget() + " " + node.getHtml())
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}
