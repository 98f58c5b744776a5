package dk.ringtjek.web;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings for search engines (sitemap, robots.txt), the pages' HTTP caching and the contact page. */
@ConfigMapping(prefix = "ringtjek.web")
public interface WebConfig {

    /** Numbers per sitemap page, each listed in both languages; the sitemap protocol allows 50,000 URLs. */
    @WithDefault("25000")
    @Min(1)
    @Max(SitemapService.MAX_PAGE_SIZE)
    int sitemapPageSize();

    /** Paths robots.txt keeps search engines out of: staff pages, login, the search redirect, forms. */
    @WithDefault("/moderation,/admin,/redaktion,/login,/logout,/search,/q/")
    List<String> robotsDisallow();

    /**
     * Seconds a browser may keep a public page before revalidating it with its ETag; 0 (the default)
     * makes it revalidate every time, so that changes show at once.
     */
    @WithDefault("0")
    @Min(0)
    int pageMaxAge();

    /** How long a shared cache (the proxy, a CDN) keeps a public page: the bound for a change to show there. */
    @WithDefault("PT10S")
    Duration sharedMaxAge();

    /** How long after that a shared cache may still answer with the old page while it fetches the new one. */
    @WithDefault("PT30S")
    Duration staleWhileRevalidate();

    /** How long a shared cache may answer with the old page while we answer with errors (a database outage). */
    @WithDefault("PT10M")
    Duration staleIfError();

    /** Where people write to have a number's page corrected or a post removed (the contact page). */
    @WithDefault("redaktion@ringtjek.dk")
    @Email
    String contactEmail();
}
