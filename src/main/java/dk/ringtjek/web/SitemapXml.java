package dk.ringtjek.web;

import java.util.List;

import dk.ringtjek.i18n.Language;

/** Writes the sitemap protocol's XML (sitemaps.org/protocol.html): an index and URL sets. */
final class SitemapXml {

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

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

    /** Each page in every language, each with its alternates in all of them (hreflang). */
    static String urlSet(List<SitemapService.Entry> entries) {
        StringBuilder xml = new StringBuilder(HEADER).append("<urlset xmlns=\"").append(NAMESPACE)
                .append("\" xmlns:xhtml=\"").append(XHTML).append("\">\n");
        for (SitemapService.Entry entry : entries) {
            for (Language language : Language.values()) {
                xml.append("  <url><loc>").append(escape(entry.loc(language))).append("</loc>");
                if (entry.lastModified() != null) {
                    xml.append("<lastmod>").append(entry.lastModified()).append("</lastmod>");
                }
                for (Language alternate : Language.values()) {
                    xml.append("<xhtml:link rel=\"alternate\" hreflang=\"").append(alternate.code())
                            .append("\" href=\"").append(escape(entry.loc(alternate))).append("\"/>");
                }
                xml.append("</url>\n");
            }
        }
        return xml.append("</urlset>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }
}
