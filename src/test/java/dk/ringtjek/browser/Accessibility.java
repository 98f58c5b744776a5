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
 * Basic accessibility checks run in the real browser on the page it shows: labelled fields, alt
 * texts, one h1, readable score labels (WCAG contrast) and a visible keyboard focus.
 */
final class Accessibility {

    /** WCAG 2 AA for normal text. */
    static final double MINIMUM_CONTRAST = 4.5;
    /** How many Tab presses to follow; enough to cover the header and the first form. */
    private static final int TAB_STOPS = 12;

    private static final String UNLABELLED_FIELDS = """
            const skipped = ['hidden', 'submit', 'button', 'reset', 'image'];
            const hasText = el => el && el.textContent.trim().length > 0;
            return [...document.querySelectorAll('input, select, textarea')]
              .filter(f => !skipped.includes((f.getAttribute('type') || '').toLowerCase()))
              .filter(f => {
                const byFor = f.id && [...document.querySelectorAll('label')].some(l => l.htmlFor === f.id && hasText(l));
                const byAria = (f.getAttribute('aria-label') || '').trim().length > 0;
                const byIds = (f.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean)
                    .some(id => hasText(document.getElementById(id)));
                const wrapped = hasText(f.closest('label'));
                return !(byFor || byAria || byIds || wrapped);
              })
              .map(f => f.outerHTML.slice(0, 160));
            """;

    private static final String IMAGES_WITHOUT_ALT = """
            return [...document.querySelectorAll('img:not([alt])')].map(i => i.outerHTML.slice(0, 160));
            """;

    /** Contrast of each score label against the background it is drawn on (walking up through transparency). */
    private static final String SCORE_LABEL_CONTRASTS = """
            const parse = s => {
              let m = s.match(/^rgba?\\(([^)]+)\\)$/);
              if (m) {
                const p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(parseFloat);
                return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
              }
              m = s.match(/^color\\(srgb ([^)]+)\\)$/);
              if (m) {
                const p = m[1].split(/[\\s\\/]+/).filter(Boolean).map(parseFloat);
                return [p[0] * 255, p[1] * 255, p[2] * 255, p.length > 3 ? p[3] : 1];
              }
              throw new Error('unknown colour ' + s);
            };
            const over = (top, bottom) => [0, 1, 2].map(i => top[i] * top[3] + bottom[i] * (1 - top[3])).concat([1]);
            const background = el => {
              const layers = [];
              for (let e = el; e; e = e.parentElement) {
                const c = parse(getComputedStyle(e).backgroundColor);
                if (c[3] > 0) layers.push(c);
                if (c[3] >= 1) break;
              }
              return layers.reverse().reduce((under, layer) => over(layer, under), [255, 255, 255, 1]);
            };
            const luminance = c => {
              const lin = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
              return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
            };
            return [...document.querySelectorAll('.score-label strong, .glance-score')].map(el => {
              const bg = background(el);
              const fg = over(parse(getComputedStyle(el).color), bg);
              const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
              return { label: el.textContent.trim(), ratio: (hi + 0.05) / (lo + 0.05) };
            });
            """;

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

    /** Fields, images, headings and keyboard focus of the page the browser shows. */
    static void checkPage(Browser browser) {
        checkFieldsAreLabelled(browser);
        checkImagesHaveAltText(browser);
        checkOneH1(browser);
        checkKeyboardFocusIsVisible(browser);
    }

    /** Every field a person fills in has a label: label[for], a wrapping label, aria-label or aria-labelledby. */
    static void checkFieldsAreLabelled(Browser browser) {
        List<?> unlabelled = (List<?>) browser.driver().executeScript(UNLABELLED_FIELDS);
        assertTrue(unlabelled.isEmpty(), "form fields without a label: " + unlabelled);
    }

    static void checkImagesHaveAltText(Browser browser) {
        List<?> noAlt = (List<?>) browser.driver().executeScript(IMAGES_WITHOUT_ALT);
        assertTrue(noAlt.isEmpty(), "images without alt text: " + noAlt);
    }

    static void checkOneH1(Browser browser) {
        assertEquals(1, browser.findAll("h1").size(), "a page has exactly one h1");
    }

    /** Every score label on the page is readable: contrast at least 4.5:1. There must be one. */
    static void checkScoreLabelContrast(Browser browser) {
        List<?> labels = (List<?>) browser.driver().executeScript(SCORE_LABEL_CONTRASTS);
        assertFalse(labels.isEmpty(), "no score label on the page");
        for (Object entry : labels) {
            Map<?, ?> label = (Map<?, ?>) entry;
            double ratio = ((Number) label.get("ratio")).doubleValue();
            assertTrue(ratio >= MINIMUM_CONTRAST, String.format("score label '%s' has contrast %.2f:1, needs %.1f:1",
                    label.get("label"), ratio, MINIMUM_CONTRAST));
        }
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
