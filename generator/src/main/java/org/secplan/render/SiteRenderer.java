package org.secplan.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.secplan.check.CheckInfo;
import org.secplan.check.CheckReport;
import org.secplan.check.Finding;
import org.secplan.base.Severity;
import org.secplan.site.Asset;
import org.secplan.site.GraphReader;
import org.secplan.site.NarrativeSource;
import org.secplan.site.Page;
import org.secplan.site.PlanFacts;
import org.secplan.site.PlanIndex;
import org.secplan.site.PlanPages;
import org.secplan.site.Site;
import org.secplan.site.SitePaths;
import org.secplan.site.SitePlanner;
import org.secplan.site.SiteWriter;

/**
 * The render pipeline: plan the site while an Asciidoctor engine boots, convert the pages the cache cannot
 * supply (see {@link PageConversion}) and post-process them with Jsoup beside the conversion, check every internal
 * link, build the search index, then hand the files to {@link SiteWriter}. Any ERROR finding
 * (a broken link, an unknown identifier in a macro, an Asciidoctor error) fails the render before anything is
 * written, naming each problem's file and line.
 */
public final class SiteRenderer {
    /** Static files of every site, from {@code secplan/site/assets/}. */
    static final List<String> STATIC_ASSETS = List.of("secplan.css", "secplan.js", "favicon.svg", "minisearch.js",
            "minisearch-LICENSE.txt");

    private final RenderOptions options;

    public SiteRenderer(RenderOptions options) {
        this.options = options;
    }

    /**
     * Renders the plan's site into {@code out}.
     *
     * @param graph         the plan (or an audience's view of it)
     * @param facts         the plan facts of the whole plan, as the checks judged them
     * @param planDirectory the plan directory: narrative pages are read from its {@code pages/}; the site is never
     *                      written inside it
     * @param report        the last check's findings
     * @param checks        the check catalogue
     * @param queries       runs the named and inline queries of the pages
     */
    public RenderResult render(GraphReader graph, PlanFacts facts, Path planDirectory, CheckReport report,
                               List<CheckInfo> checks, QueryRunner queries, Path out) {
        long start = System.nanoTime();
        SiteWriter writer = new SiteWriter(planDirectory);
        writer.checkTarget(out);
        if (options.engines() != null) {
            return render(graph, facts, planDirectory, report, checks, queries, out, writer, options.engines(), start);
        }
        try (EnginePool own = EnginePool.start()) {
            return render(graph, facts, planDirectory, report, checks, queries, out, writer, own, start);
        }
    }

    private RenderResult render(GraphReader graph, PlanFacts facts, Path planDirectory, CheckReport report,
                                List<CheckInfo> checks, QueryRunner queries, Path out, SiteWriter writer,
                                EnginePool engines, long start) {
        PlanIndex index = PlanIndex.read(graph, options.asOf(), facts);
        long indexed = System.nanoTime();
        PlanPages pages = PlanPages.read(planDirectory);
        List<NarrativeSource> narrative = pages.narrative();
        List<Asset> images = pages.images();
        List<Finding> includes = IncludeDirectives.in(narrative);
        if (!includes.isEmpty()) {
            throw new RenderException(includes);
        }
        SitePlanner planner = new SitePlanner(index, report, checks, narrative, options.view(),
                options.pdf() ? PdfEdition.PATH : null);
        Site site = planner.plan();
        int total = site.pages().size();
        options.progress().accept(String.format(Locale.ROOT, "Read the plan in %d ms; planned %d pages in %d ms; converting…",
                (indexed - start) / 1_000_000, total, (System.nanoTime() - indexed) / 1_000_000));
        HtmlPostProcessor post = new HtmlPostProcessor(site);
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, Set<String>> ids = new HashMap<>();
        List<PageLink> links = new ArrayList<>();
        List<SearchDocument> search = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        RenderContext.Scope scope = new RenderContext.Scope(index, planner.paths(), queries,
                options.view().withheldIdentifier(), options.view().clearance().withholdsLevel());
        PageConversion.Result conversion = new PageConversion(options, scope).convert(site.pages(), engines, post);
        long convertNanos = conversion.convertNanos();
        for (int i = 0; i < total; i++) {
            Page page = site.pages().get(i);
            ProcessedPage r = conversion.pages()[i];
            conversion.pages()[i] = null; // its HTML lives on as the file's bytes: a large site must fit the heap once
            for (String src : r.removedRemote()) {
                findings.add(new Finding("render-remote-image", Severity.WARNING, "5.3.8", page.path(),
                        where(page), where(page) + ": image '" + src + "' is not part of the site and was left out",
                        where(page), 0));
            }
            files.put(page.path(), r.html().getBytes(StandardCharsets.UTF_8));
            ids.put(page.path(), r.ids());
            links.addAll(r.links());
            if (page.searchable()) {
                // a register's later pages repeat rows whose elements have pages of their own
                search.add(r.search());
            }
        }
        findings.addAll(conversion.findings());
        options.progress().accept(String.format(Locale.ROOT,
                "Converted %d pages (%d from the cache) in %d ms (Asciidoctor: %d ms on %d engine(s))",
                total, conversion.cached(), (System.nanoTime() - start) / 1_000_000, convertNanos / 1_000_000,
                conversion.engines()));
        Set<String> shown = new HashSet<>();
        links.forEach(l -> shown.add(l.targetPath()));
        Set<String> withheldImages = new HashSet<>();
        for (Asset a : images) {
            // an image goes only where a page of the edition shows or links it, and never above its own level
            String level = pages.imageLevels().get(a.path());
            if (level != null && options.view().clearance().withholdsLevel().test(level)) {
                withheldImages.add(a.path());
                continue;
            }
            if (!shown.contains(a.path())) {
                continue;
            }
            // an SVG opened on its own is a document that can run scripts: only its drawing is published
            files.put(a.path(), a.path().toLowerCase(Locale.ROOT).endsWith(".svg") ? SvgSanitizer.sanitize(a.content())
                    : a.content());
        }
        for (String name : STATIC_ASSETS) {
            String text = SiteResources.text("secplan/site/assets/" + name);
            if (name.equals("secplan.css")) {
                text += PrintMarking.css(site.classification());
            }
            files.put("assets/" + name, text.getBytes(StandardCharsets.UTF_8));
        }
        files.put("assets/search-index.js", SearchIndex.script(search));
        if (options.pdf() && findings.stream().noneMatch(f -> f.severity() == Severity.ERROR)) {
            // the same pages, the same edition scope: the PDF holds what the HTML edition holds, nothing more
            long pdfStart = System.nanoTime();
            byte[] pdf = PdfEdition.render(site, planner.documentControl(), scope, engines, options.view().control().digest(),
                    options.progress());
            files.put(PdfEdition.PATH, pdf);
            options.progress().accept(String.format(Locale.ROOT, "Made %s (%d pages of the site, %d KiB) in %.1f s",
                    PdfEdition.PATH, PdfEdition.pages(site).size(), pdf.length / 1024,
                    (System.nanoTime() - pdfStart) / 1e9));
        }
        findings.addAll(checkLinks(site, links, ids, files.keySet(), withheldImages));
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new RenderException(errors);
        }
        Path written = writer.write(out, files);
        long millis = (System.nanoTime() - start) / 1_000_000;
        options.progress().accept(String.format(Locale.ROOT, "Wrote %d pages (%d files) to %s in %.1f s",
                total, files.size() + 1, written, millis / 1000.0));
        long bare = -1;
        if (options.measureBare()) {
            bare = measureBare(site);
        }
        return new RenderResult(written, total, files.size() + 1,
                findings.stream().filter(f -> f.severity() != Severity.ERROR).toList(), millis,
                convertNanos / 1_000_000, bare);
    }

    private static String where(Page page) {
        return page.sourceFile() != null ? page.sourceFile() : page.path();
    }

    /** Every internal link must reach a file of the site, and a fragment an id on that page. */
    static List<Finding> checkLinks(Site site, List<PageLink> links, Map<String, Set<String>> ids,
                                    Set<String> files, Set<String> withheldImages) {
        List<Finding> out = new ArrayList<>();
        Map<String, Page> pages = new HashMap<>();
        for (Page p : site.pages()) {
            pages.put(p.path(), p);
        }
        for (PageLink l : links) {
            String problem = null;
            if (withheldImages.contains(l.targetPath())) {
                problem = "shows '" + l.href() + "', an image this edition withholds (its " + PlanPages.LEVEL_SUFFIX
                        + " file gives a level above the edition's): give the block that shows it the same level";
            } else if (l.targetPath().startsWith("../") || !files.contains(l.targetPath())) {
                problem = "broken link '" + l.href() + "': no page or file '" + l.targetPath() + "' in the site";
            } else if (l.fragment() != null && !l.fragment().isEmpty() && ids.containsKey(l.targetPath())
                    && !ids.get(l.targetPath()).contains(l.fragment())) {
                problem = "broken link '" + l.href() + "': page '" + l.targetPath() + "' has no section '#"
                        + l.fragment() + "'";
            }
            if (problem != null) {
                Page from = pages.get(l.fromPage());
                String file = l.fromSource() != null ? l.fromSource() : l.fromPage();
                int line = from != null && l.fromSource() != null ? lineOf(from.asciidoc(), l.href()) : 0;
                out.add(new Finding("render-broken-link", Severity.ERROR, "5.3.8", l.fromPage(), file,
                        file + ":" + line + ": " + problem, file, line));
            }
        }
        return out;
    }

    /** The first line of the page's AsciiDoc that writes the link: a cross reference to its anchor, or its target. */
    private static int lineOf(String text, String href) {
        List<String> needles = new ArrayList<>();
        int hash = href.indexOf('#');
        if (hash >= 0 && hash + 1 < href.length()) {
            String anchor = href.substring(hash + 1);
            needles.add("<<" + anchor);
            needles.add("#" + anchor);
        }
        needles.add(href.startsWith(org.secplan.site.Adoc.SITE_SCHEME) ? href
                : href.replaceFirst("\\.html(#.*)?$", ""));
        String[] lines = text.split("\n", -1);
        for (String needle : needles) {
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains(needle)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /**
     * A bare Asciidoctor's time for the same pages, in the same state as the render's own engine: a fresh engine
     * (its start included, as the render's is), one thread, every page converted from a string.
     */
    private long measureBare(Site site) {
        long t0 = System.nanoTime();
        try (AsciidocConverter bare = AsciidocConverter.bare()) {
            for (Page p : site.pages()) {
                bare.convert(p.path(), p.sourceFile(), p.asciidoc());
            }
            return (System.nanoTime() - t0) / 1_000_000;
        }
    }
}
