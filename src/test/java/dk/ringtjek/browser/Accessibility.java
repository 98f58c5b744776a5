package dk.ringtjek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Accessibility checks run in the real browser on the page it shows: axe-core's rules (PageChecks)
 * and what they leave out: one h1, readable score labels, a visible keyboard focus.
 */
final class Accessibility {

    private static final String SCORE_LABELS = ".score-label strong, .glance-score";
    /** How many Tab presses to follow; enough to cover the header and the first form. */
    private static final int TAB_STOPS = 12;

    private static final String FOCUSED = """
            const el = document.activeElement;
            if (!el || el === document.body) return null;
            // Judge the focus style as it ends up, not halfway through a CSS transition.
            el.getAnimations().forEach(a => a.finish());
            const s = getComputedStyle(el);
            const alpha = colour => {
              const m = colour.match(/rgba?\\(([^)]*)\\)/);
              const parts = m ? m[1].split(/[\\s,\\/]+/).filter(Boolean) : [];
              return parts.length > 3 ? parseFloat(parts[3]) : 1;
            };
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && alpha(s.outlineColor) >= 0.1;
            // A shadow counts when one of its layers has some colour and some blur or spread.
            const shadow = s.boxShadow !== 'none' && s.boxShadow.split(/,(?![^(]*\\))/).some(layer => {
              const lengths = (layer.replace(/rgba?\\([^)]*\\)/, '').match(/-?[\\d.]+px/g) || []).map(parseFloat);
              return alpha(layer) >= 0.1 && lengths.slice(2).some(l => l > 0);
            });
            return { element: el.outerHTML.slice(0, 120), visible: outline || shadow };
            """;

    private Accessibility() {
    }

    /**
     * axe-core's rules (labels, alt texts, contrast, ARIA, ...), plus what axe does not check: exactly
     * one h1, and a visible keyboard focus.
     */
    static void checkPage(Browser browser) {
        PageChecks.checkAxe(browser);
        checkOneH1(browser);
        checkKeyboardFocusIsVisible(browser);
    }

    static void checkOneH1(Browser browser) {
        assertEquals(1, browser.findAll("h1").size(), "a page has exactly one h1");
    }

    /** There is a score label on the page, and axe-core finds its contrast readable (WCAG AA). */
    static void checkScoreLabelContrast(Browser browser) {
        assertFalse(browser.findAll(SCORE_LABELS).isEmpty(), "no score label on the page");
        PageChecks.checkAxe(browser, List.of("color-contrast"), List.of(SCORE_LABELS));
    }

    /** Tabs through the first stops of the page from the top; each focused element must show it. */
    static void checkKeyboardFocusIsVisible(Browser browser) {
        browser.driver().executeScript("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        List<String> invisible = new ArrayList<>();
        int focused = 0;
        for (int i = 0; i < TAB_STOPS; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            Map<?, ?> state = (Map<?, ?>) browser.driver().executeScript(FOCUSED);
            if (state == null) {
                continue;
            }
            focused++;
            if (!Boolean.TRUE.equals(state.get("visible"))) {
                invisible.add((String) state.get("element"));
            }
        }
        assertTrue(focused > 0, "Tab never focused anything");
        assertTrue(invisible.isEmpty(), "focus is not visible on: " + invisible);
    }
}
