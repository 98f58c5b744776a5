package dk.ringtjek.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium for a test class, driven through Debian's ChromeDriver (never a
 * downloaded one): a phone or desktop viewport, page visits, form submits and screenshots.
 * Where Chromium is missing the tests are skipped, unless RINGTJEK_BROWSER_TESTS=required.
 */
public final class Browser implements AutoCloseable {

    /**
     * The screens we test on: a phone (the usual visitor) and a laptop, plus the small phone and the
     * desktop of the layout checks (PageChecks).
     */
    public enum Viewport {
        PHONE(390, 844, true), DESKTOP(1366, 900, false), SMALL_PHONE(360, 780, true), LAPTOP(1280, 900, false);

        final int width;
        final int height;
        final boolean mobile;

        Viewport(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String MODE_VARIABLE = "RINGTJEK_BROWSER_TESTS";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String PHONE_USER_AGENT = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36";
    /** How long to wait for a page on a busy machine; a limit for hangs, not a measured timing. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /**
     * Selenium warns at every start that it has no devtools module for this Chromium version; we do not
     * need one (DevTools commands go through ChromeDriver), so only errors from there are shown.
     * Held here because java.util.logging forgets loggers nobody references.
     */
    private static final java.util.logging.Logger CDP_VERSION_LOG =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_LOG.setLevel(Level.SEVERE);
    }

    private static boolean skipReported;

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;
    private final Viewport viewport;

    private Browser(ChromeDriverService service, ChromeDriver driver, Path profile, Viewport viewport) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
        this.viewport = viewport;
    }

    /**
     * For @BeforeEach: the class's browser, started on first use. Where Chromium is not installed the
     * test is skipped with the reason (an assumption), or fails when RINGTJEK_BROWSER_TESTS=required.
     */
    public static Browser startOnce(Browser existing, Viewport viewport) {
        return existing != null ? existing : start(viewport);
    }

    /** Starts Chromium, or skips the calling test with the reason when it is not installed. */
    public static Browser start(Viewport viewport) {
        requireInstalled();
        // Selenium looks here before it would ever ask Selenium Manager to fetch a driver.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        Path profile = temporaryProfile();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options(viewport, profile));
            driver.manage().timeouts().pageLoadTimeout(PATIENCE).scriptTimeout(PATIENCE);
            return new Browser(service, driver, profile, viewport);
        } catch (RuntimeException e) {
            service.stop();
            deleteProfile(profile);
            throw e;
        }
    }

    private static void requireInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (installed) {
            return;
        }
        String reason = "Browser tests need Debian's Chromium and ChromeDriver (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): apt-get install chromium chromium-driver";
        if ("required".equalsIgnoreCase(System.getenv(MODE_VARIABLE))) {
            fail(reason + " (" + MODE_VARIABLE + "=required)");
        }
        if (!skipReported) {
            skipReported = true;
            Logger.getLogger(Browser.class).warn(reason + "; skipping the browser tests.");
        }
        Assumptions.abort(reason + "; skipping them.");
    }

    private static ChromeOptions options(Viewport viewport, Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--no-proxy-server", "--user-data-dir=" + profile);
        if (viewport.mobile) {
            options.setExperimentalOption("mobileEmulation", Map.of(
                    "deviceMetrics", Map.of("width", viewport.width, "height", viewport.height, "pixelRatio", 1.0,
                            "touch", true, "mobile", true),
                    "userAgent", PHONE_USER_AGENT));
        } else {
            options.addArguments("--window-size=" + viewport.width + "," + viewport.height);
        }
        return options;
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("ringtjek-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Viewport viewport() {
        return viewport;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a path of the app under test and waits until it has loaded. */
    public void open(URL base, String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
    }

    /** The path and query of the current page, without the fragment. */
    public String currentPath() {
        return (String) driver.executeScript("return location.pathname + location.search;");
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    /** Whether the element is entirely within the visible part of the page, without scrolling. */
    public boolean isOnScreen(WebElement element) {
        return (Boolean) driver.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
                """, element);
    }

    /** Clicks something that loads a new page (a submit button, a link) and waits for that page. */
    public void clickAndWaitForNewPage(WebElement element) {
        // A mark on the old page's window object: the new page has none.
        String mark = "page-" + System.nanoTime();
        driver.executeScript("window.ringtjekTestMark = arguments[0];", mark);
        element.click();
        new WebDriverWait(driver, PATIENCE)
                // while the page changes, ChromeDriver may answer with errors about the old document
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(driver.executeScript(
                        "return window.ringtjekTestMark !== arguments[0] && document.readyState === 'complete';",
                        mark)));
    }

    /**
     * Makes every following request claim to come from this client address, through the
     * X-Forwarded-For header the app trusts from loopback: one browser, several distinct visitors.
     * Uses the DevTools protocol through ChromeDriver, so no version-bound devtools module is needed.
     */
    public void actAsClient(String address) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", address)));
    }

    /** Saves the whole page (not only what fits the screen) as target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        Number height = (Number) driver.executeScript(
                "return Math.ceil(Math.max(document.documentElement.scrollHeight, document.body.scrollHeight));");
        setMetrics(viewport.width, Math.max(viewport.height, height.intValue()));
        try {
            return save(name);
        } finally {
            setMetrics(viewport.width, viewport.height);
        }
    }

    /** Saves only what the screen shows right now, scrolled as it is, as target/screenshots/{name}.png. */
    public Path screenshotOfScreen(String name) {
        return save(name);
    }

    private Path save(String name) {
        try {
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(SCREENSHOTS);
            return Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void setMetrics(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", viewport.mobile));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteProfile(profile);
        }
    }

    private static void deleteProfile(Path profile) {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }

    /** For @AfterAll: closes the browser when one was started (it is not when the class was skipped). */
    public static void close(Browser browser) {
        if (browser != null) {
            browser.close();
        }
    }
}
