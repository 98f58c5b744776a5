package dk.ringtjek.web;

import java.util.List;

/** Writes the sitemap protocol's XML (sitemaps.org/protocol.html): an index and URL sets. */
final class SitemapXml {

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private SitemapXml() {
    }

    static String index(String baseUrl, int pages) {
        StringBuilder xml = new StringBuilder(HEADER).append("<sitemapindex xmlns=\"").append(NAMESPACE).append("\">\n");
        for (int page = 1; page <= pages; page++) {
            xml.append("  <sitemap><loc>").append(escape(baseUrl + "/sitemap-numbers-" + page + ".xml"))
                    .append("</loc></sitemap>\n");
        }
        return xml.append("</sitemapindex>\n").toString();
    }

    static String urlSet(List<SitemapService.Entry> entries) {
        StringBuilder xml = new StringBuilder(HEADER).append("<urlset xmlns=\"").append(NAMESPACE).append("\">\n");
        for (SitemapService.Entry entry : entries) {
            xml.append("  <url><loc>").append(escape(entry.loc())).append("</loc>");
            if (entry.lastModified() != null) {
                xml.append("<lastmod>").append(entry.lastModified()).append("</lastmod>");
            }
            xml.append("</url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }
}
