package dk.ringtjek.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

/**
 * For search engines: {@code /sitemap.xml} (a sitemap index), its pages of number URLs
 * {@code /sitemap-numbers-{page}.xml}, and {@code /robots.txt}.
 */
@Path("/")
public class SitemapResource {

    static final String XML = "application/xml; charset=UTF-8";
    static final String TEXT = "text/plain; charset=UTF-8";

    private final SitemapService sitemap;
    private final List<String> disallowed;

    public SitemapResource(SitemapService sitemap, WebConfig config) {
        this.sitemap = sitemap;
        this.disallowed = config.robotsDisallow();
    }

    @GET
    @Path("sitemap.xml")
    @Produces(XML)
    public String index() {
        return SitemapXml.index(sitemap.baseUrl(), sitemap.pageCount());
    }

    @GET
    @Path("sitemap-numbers-{page: [0-9]{1,9}}.xml")
    @Produces(XML)
    public String numbers(@PathParam("page") int page) {
        return SitemapXml.urlSet(sitemap.page(page).orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("robots.txt")
    @Produces(TEXT)
    public String robots() {
        StringBuilder robots = new StringBuilder("User-agent: *\n");
        disallowed.forEach(path -> robots.append("Disallow: ").append(path).append('\n'));
        return robots.append("\nSitemap: ").append(sitemap.baseUrl()).append("/sitemap.xml\n").toString();
    }
}
