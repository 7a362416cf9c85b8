package org.secplan.render;

import org.secplan.base.Digest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.secplan.site.Adoc;
import org.secplan.site.Crumb;
import org.secplan.site.NavItem;
import org.secplan.site.Page;
import org.secplan.site.Site;

/**
 * Everything done to the HTML after Asciidoctor, through Jsoup's DOM only: the page body is sanitized through a
 * {@link Safelist} (no script, no event handler, no {@code javascript:} or {@code data:} URL survives), placed in
 * the page shell, given its sidebar, breadcrumbs, banners and previous/next links; internal links are rewritten
 * to relative ones and recorded for checking; the page's text is extracted for the search index.
 */
public final class HtmlPostProcessor implements PagePostProcess {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern COL_WIDTH = Pattern.compile("^\\s*width:\\s*[0-9.]+%;?\\s*$");
    private static final String BASE = "https://secplan.invalid/";
    private static final int MAX_TEXT = 6000;

    private final Site site;
    private final Document template;
    private final Safelist safelist;
    private final Map<String, String> titles = new HashMap<>();

    private final String siteShell;

    public HtmlPostProcessor(Site site) {
        this.site = site;
        this.siteShell = Digest.of(site.title(), site.classification(), String.valueOf(site.version()),
                String.valueOf(site.view().label()), site.nav().toString());
        this.template = Jsoup.parse(SiteResources.text("secplan/site/page.html"), "");
        this.safelist = safelist();
        for (Page p : site.pages()) {
            titles.put(p.path(), p.title());
        }
    }

    /** What may appear in a page body: the HTML Asciidoctor writes, and our SVG heat maps. Nothing executable. */
    static Safelist safelist() {
        Safelist s = Safelist.relaxed()
                .addTags("abbr", "mark", "kbd", "del", "ins", "s", "samp", "var", "hr", "details", "summary",
                        "figure", "figcaption", "section", "aside", "time",
                        "svg", "g", "rect", "text", "title", "desc")
                .addAttributes(":all", "id", "class", "title", "lang", "role", "aria-label", "aria-labelledby",
                        "aria-describedby", "aria-hidden")
                .addAttributes("a", "rel")
                .addAttributes("td", "colspan", "rowspan")
                .addAttributes("th", "colspan", "rowspan", "scope")
                .addAttributes("ol", "start", "type", "reversed")
                .addAttributes("col", "style")
                .addAttributes("details", "open")
                .addAttributes("svg", "xmlns", "viewbox", "width", "height")
                .addAttributes("rect", "x", "y", "width", "height", "rx")
                .addAttributes("text", "x", "y", "text-anchor");
        s.removeProtocols("a", "href", "ftp", "http", "https", "mailto");
        s.addProtocols("a", "href", "http", "https", "mailto", "site");
        s.removeProtocols("img", "src", "http", "https");
        s.addProtocols("img", "src", "http", "https");
        // a cite with no protocol list would take any value, javascript: included; readers never see it anyway
        s.removeAttributes("blockquote", "cite");
        s.removeAttributes("q", "cite");
        s.preserveRelativeLinks(true);
        return s;
    }

    /**
     * Everything a page's result depends on besides its body: the site's shell (title, banner, footer, sidebar)
     * and the page's own place in it (title, breadcrumbs, neighbours and their titles, search fields).
     */
    @Override
    public String shellDigest(Page page) {
        return Digest.of(siteShell, page.path(), page.title(), String.valueOf(page.navKey()),
                page.crumbs().toString(), String.valueOf(page.sourceFile()), page.kind(),
                String.valueOf(page.identifier()), String.valueOf(page.previous()), String.valueOf(page.next()),
                page.previous() == null ? "" : titles.getOrDefault(page.previous(), ""),
                page.next() == null ? "" : titles.getOrDefault(page.next(), ""));
    }

    /** Sanitizes, shells and links one converted page. */
    @Override
    public ProcessedPage process(Page page, String bodyHtml) {
        String dir = page.path().contains("/") ? page.path().substring(0, page.path().lastIndexOf('/') + 1) : "";
        Document dirty = Jsoup.parseBodyFragment(bodyHtml, BASE + dir);
        Document clean = new Cleaner(safelist).clean(dirty);
        for (Element col : clean.select("col[style]")) {
            if (!COL_WIDTH.matcher(col.attr("style")).matches()) {
                col.removeAttr("style");
            }
        }
        UrlAttributes.removeUnsafe(clean);
        for (Element e : clean.select("[id^=secplan-]")) {
            e.removeAttr("id");
        }
        Document doc = template.clone();
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8)
                .escapeMode(Entities.EscapeMode.base);
        String root = "../".repeat((int) page.path().chars().filter(c -> c == '/').count());
        doc.selectFirst("html").attr("data-root", root);
        doc.title(page.title() + " · " + site.title());
        for (Element link : doc.select("link[href], script[src]")) {
            String attr = link.hasAttr("href") ? "href" : "src";
            link.attr(attr, root + link.attr(attr));
        }
        for (Element level : doc.select(".banner-level")) {
            level.text(site.classification());
            level.parent().attr("data-level", site.classification().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        }
        doc.selectFirst(".brand").attr("href", root + "index.html");
        doc.selectFirst(".brand-title").text(site.title());
        doc.selectFirst(".page-title").text(page.title());
        footer(doc.selectFirst(".footer-doc"));
        nav(doc.selectFirst("#secplan-nav"), page, root);
        crumbs(doc.selectFirst(".breadcrumbs ol"), page, root);
        pager(doc.selectFirst(".pager"), page, root);
        Element body = doc.selectFirst(".page-body");
        for (org.jsoup.nodes.Node n : new ArrayList<>(clean.body().childNodes())) {
            body.appendChild(n);
        }
        List<String> removedRemote = new ArrayList<>();
        List<PageLink> links = new ArrayList<>();
        for (Element a : body.select("a[href]")) {
            rewrite(page, dir, root, a, "href", links);
        }
        for (Element a : body.select("a:not([href])")) {
            if (a.text().isEmpty() && a.children().isEmpty()) {
                a.remove();
            }
        }
        for (Element img : body.select("img")) {
            String src = img.attr("src");
            if (src.isEmpty() || SCHEME.matcher(src).find() || src.startsWith("//")) {
                removedRemote.add(src);
                img.replaceWith(new TextNode(img.attr("alt").isEmpty() ? "[image not included]" : img.attr("alt")));
                continue;
            }
            if (!img.hasAttr("alt")) {
                img.attr("alt", "");
            }
            rewrite(page, dir, root, img, "src", links);
        }
        for (Element table : body.select("table")) {
            if (table.parent() != null && !table.parent().hasClass("sp-table-wrap")) {
                Element wrap = new Element("div").addClass("sp-table-wrap");
                table.before(wrap);
                wrap.appendChild(table);
            }
        }
        for (Element th : body.select("thead th")) {
            th.attr("scope", "col");
        }
        VisibleText.clean(doc);
        Set<String> ids = new LinkedHashSet<>();
        for (Element e : doc.select("[id]")) {
            ids.add(e.id());
        }
        String text = body.text();
        Element lead = body.selectFirst(".sp-lead");
        if (lead == null) {
            lead = body.selectFirst(".paragraph:not(.sp-kind):not(.sp-source)");
        }
        String excerpt = lead != null ? lead.text() : "";
        if (excerpt.length() > 180) {
            excerpt = excerpt.substring(0, 177).strip() + "…";
        }
        SearchDocument search = new SearchDocument(page.path(), VisibleText.of(page.title()),
                page.identifier() == null ? "" : VisibleText.of(page.identifier()), page.kind(), excerpt,
                text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        return new ProcessedPage(page.path(), doc.outerHtml() + "\n", ids, links, search, removedRemote);
    }

    private void rewrite(Page page, String dir, String root, Element e, String attr, List<PageLink> links) {
        String href = e.attr(attr);
        String target;
        if (href.startsWith(Adoc.SITE_SCHEME)) {
            target = href.substring(Adoc.SITE_SCHEME.length());
        } else if (href.startsWith("#")) {
            target = page.path() + href;
        } else if (href.startsWith("//")) {
            e.removeAttr(attr);
            return;
        } else if (SCHEME.matcher(href).find()) {
            String scheme = href.substring(0, href.indexOf(':')).toLowerCase(Locale.ROOT);
            if (scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto")) {
                e.attr("rel", "noopener noreferrer external");
            } else {
                e.removeAttr(attr);
            }
            return;
        } else {
            target = resolve(dir, href);
        }
        String fragment = null;
        int hash = target.indexOf('#');
        if (hash >= 0) {
            fragment = target.substring(hash + 1);
            target = target.substring(0, hash);
        }
        int query = target.indexOf('?');
        if (query >= 0) {
            target = target.substring(0, query);
        }
        links.add(new PageLink(page.path(), page.sourceFile(), target, fragment, href));
        String rel = target.equals(page.path()) ? "" : relative(page.path(), target);
        e.attr(attr, rel + (fragment == null ? "" : "#" + fragment));
        if (rel.isEmpty() && fragment == null) {
            e.attr(attr, "#");
        }
    }

    /** Resolves a relative reference against a site directory; returns "../…" when it leaves the site. */
    static String resolve(String dir, String href) {
        try {
            URI base = new URI("https", "secplan.invalid", "/" + dir, null);
            URI r = base.resolve(new URI(null, null, href.contains("#") ? href.substring(0, href.indexOf('#')) : href,
                    null));
            String path = r.getPath() == null ? "" : r.getPath();
            String out = path.startsWith("/") ? path.substring(1) : path;
            if (out.startsWith("..") || r.getHost() == null || !r.getHost().equals("secplan.invalid")) {
                out = "../" + out;
            }
            return out + (href.contains("#") ? href.substring(href.indexOf('#')) : "");
        } catch (URISyntaxException e) {
            return "../invalid";
        }
    }

    /** A relative link from one site path to another. */
    static String relative(String from, String to) {
        String[] f = from.split("/");
        String[] t = to.split("/");
        int common = 0;
        while (common < f.length - 1 && common < t.length - 1 && f[common].equals(t[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder();
        for (int i = common; i < f.length - 1; i++) {
            out.append("../");
        }
        for (int i = common; i < t.length; i++) {
            out.append(t[i]);
            if (i < t.length - 1) {
                out.append('/');
            }
        }
        return out.toString();
    }

    private void footer(Element p) {
        StringBuilder s = new StringBuilder(site.title());
        if (site.version() != null) {
            s.append(" · version ").append(site.version());
        }
        s.append(" · classification ").append(site.classification());
        if (site.view().label() != null) {
            s.append(" · edition for ").append(site.view().label());
        }
        p.text(s.toString());
    }

    private void nav(Element nav, Page page, String root) {
        int group = 0;
        Element top = nav.appendElement("ul").addClass("nav-top");
        for (NavItem item : site.nav()) {
            if (item.children().isEmpty()) {
                navLink(top.appendElement("li"), item, page, root);
                continue;
            }
            String id = "secplan-nav-g" + (++group);
            Element div = nav.appendElement("div").addClass("nav-group");
            div.appendElement("p").addClass("nav-heading").attr("id", id).text(item.label());
            Element ul = div.appendElement("ul").attr("aria-labelledby", id);
            for (NavItem child : item.children()) {
                navLink(ul.appendElement("li"), child, page, root);
            }
        }
    }

    private void navLink(Element li, NavItem item, Page page, String root) {
        Element a = li.appendElement("a").attr("href", root + item.path()).text(item.label());
        if (item.key() != null && item.key().equals(page.navKey())) {
            a.addClass("current");
            if (item.path().equals(page.path())) {
                a.attr("aria-current", "page");
            }
        }
    }

    private void crumbs(Element ol, Page page, String root) {
        if (page.crumbs().isEmpty()) {
            ol.parent().remove();
            return;
        }
        for (Crumb c : page.crumbs()) {
            ol.appendElement("li").appendElement("a").attr("href", root + c.path()).text(c.label());
        }
        ol.appendElement("li").attr("aria-current", "page").text(page.title());
    }

    private void pager(Element nav, Page page, String root) {
        if (page.previous() == null && page.next() == null) {
            nav.remove();
            return;
        }
        if (page.previous() != null) {
            Element a = nav.appendElement("a").attr("rel", "prev").attr("href", root + page.previous()).addClass("prev");
            a.appendElement("span").addClass("pager-dir").text("Previous");
            a.appendElement("span").addClass("pager-title").text(titles.getOrDefault(page.previous(), page.previous()));
        }
        if (page.next() != null) {
            Element a = nav.appendElement("a").attr("rel", "next").attr("href", root + page.next()).addClass("next");
            a.appendElement("span").addClass("pager-dir").text("Next");
            a.appendElement("span").addClass("pager-title").text(titles.getOrDefault(page.next(), page.next()));
        }
    }
}
