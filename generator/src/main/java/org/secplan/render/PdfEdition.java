package org.secplan.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.secplan.base.Severity;
import org.secplan.check.Finding;
import org.secplan.site.Adoc;
import org.secplan.site.Page;
import org.secplan.site.Site;
import org.secplan.site.SitePaths;

/**
 * The edition as one PDF for signature ({@code plan.pdf} beside its home page), made by asciidoctor-pdf from the
 * very pages the HTML edition is made of — the same {@link Site}, planned from the audience's view, converted by
 * an engine bound to the same edition scope, so the same marked sections are pruned and the same elements show as
 * "withheld": the PDF holds nothing the edition does not. It has a cover with the document control (title,
 * version, status, effective date, endorsement; the content digest when the plan offers one, attribute
 * {@value #DIGEST}), a table of contents, the plan documents, the four parts of the plan and the registers and
 * traceability matrix as tables; the edition's classification marking is the running header and footer of every
 * page (see {@code secplan/pdf/secplan-theme.yml}).
 */
final class PdfEdition {
    /** Where the PDF goes in the edition. */
    static final String PATH = SitePaths.PDF;
    /** The cover prints this attribute as the plan's content digest when it is set. */
    static final String DIGEST = "secplan-digest";
    static final String MARKING = "secplan-marking";

    private static final Pattern DIGEST_VALUE = Pattern.compile("[A-Za-z0-9:+/=_.-]{1,200}");
    private static final Set<String> PARTS = Set.of("part-5.2", "part-5.3", "part-5.4", "part-5.5");
    /** The registers a signed plan carries, in this order; the check findings and vocabulary stay on the site. */
    private static final List<String> REGISTERS = List.of(SitePaths.SUMMARY, SitePaths.RISK_REGISTER,
            SitePaths.ASSET_REGISTER, SitePaths.CATALOGUE, SitePaths.MATRIX, SitePaths.TIMELINE, SitePaths.DECISIONS);
    private static final Pattern SECTION_ID = Pattern.compile("(?m)^\\[#[A-Za-z_][A-Za-z0-9_-]*\\]$");

    private PdfEdition() {
    }

    /** The pages of the site the PDF holds, in reading order: plan documents, the four parts, the registers. */
    static List<Page> pages(Site site) {
        List<Page> out = new ArrayList<>();
        site.pages().stream().filter(p -> p.sourceFile() != null).forEach(out::add);
        site.pages().stream().filter(p -> PARTS.contains(p.navKey())).forEach(out::add);
        for (String register : REGISTERS) {
            site.pages().stream().filter(p -> register.equals(p.navKey())).forEach(out::add);
        }
        return out;
    }

    /** The whole PDF's AsciiDoc: the cover, the contents, then each page as a section one level down. */
    static String document(Site site, String documentControl) {
        StringBuilder a = new StringBuilder();
        a.append("[.sp-cover-title]\n").append(Adoc.text(site.title())).append("\n\n");
        String edition = site.view().label() == null ? "Security plan"
                : "Security plan, edition for " + site.view().label()
                        + (site.view().level() == null ? "" : " (up to " + site.view().level() + ")");
        a.append("[.sp-cover-sub]\n").append(Adoc.text(edition)).append("\n\n");
        a.append(Adoc.text("Classification of this document:")).append(" *")
                .append(Adoc.text(site.classification())).append("*\n\n");
        // the digest's characters (checked) mean nothing to AsciiDoc; only the attribute is substituted
        a.append("ifdef::" + DIGEST + "[]\n[subs=attributes]\nContent digest: {" + DIGEST + "}\nendif::[]\n\n");
        a.append("[discrete]\n== ").append(Adoc.text("Document control")).append("\n\n");
        a.append(SiteLinks.unlinked(SECTION_ID.matcher(documentControl).replaceAll(""))).append("\n\n");
        a.append("<<<\n\ntoc::[]\n\n");
        int n = 0;
        for (Page p : pages(site)) {
            n++;
            a.append("\n\n// ").append(p.path()).append("\n<<<\n\n[#secplan-pdf-").append(n).append("]\n== ")
                    .append(Adoc.text(p.title())).append("\n\n:leveloffset: +1\n\n")
                    // the pages' own section ids repeat from page to page; the PDF's contents need none of them
                    .append(SiteLinks.unlinked(SECTION_ID.matcher(p.asciidoc()).replaceAll("")))
                    .append("\n\n:leveloffset: -1\n");
        }
        return a.toString();
    }

    /**
     * Converts the edition's PDF with one of the run's engines, bound to the edition's scope.
     *
     * @param digest the plan's content digest for the cover, or null when it offers none
     */
    static byte[] render(Site site, String documentControl, RenderContext.Scope scope, EnginePool engines,
                         String digest, java.util.function.Consumer<String> progress) {
        String asciidoc = document(site, documentControl);
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(MARKING, PrintMarking.text(site.classification()).replace("&", "&amp;").replace("<", "&lt;")
                .replace(">", "&gt;"));
        if (digest != null) {
            if (!DIGEST_VALUE.matcher(digest).matches()) {
                throw new IllegalArgumentException("not a content digest: '" + digest + "'");
            }
            attributes.put(DIGEST, digest);
        }
        attributes.put("toc", "macro");
        attributes.put("toclevels", "2");
        attributes.put("toc-title", "Contents");
        attributes.put("pdf-theme", "secplan");
        attributes.put("compress", "");
        Path jail = null;
        AsciidocConverter converter = engines.take();
        try {
            jail = Files.createTempDirectory("secplan-pdf-");
            Files.writeString(jail.resolve("secplan-theme.yml"), SiteResources.text("secplan/pdf/secplan-theme.yml"),
                    StandardCharsets.UTF_8);
            attributes.put("pdf-themesdir", jail.toString());
            converter.context().bind(scope);
            AsciidocConverter.Pdf pdf = converter.pdf(PATH, asciidoc, attributes, jail.toFile());
            for (String w : pdf.warnings()) {
                progress.accept(PATH + ": " + w);
            }
            if (!pdf.errors().isEmpty()) {
                throw new RenderException(pdf.errors().stream().map(e -> new Finding("render-pdf", Severity.ERROR,
                        "5.3.8", PATH, PATH, PATH + ": " + e, PATH, 0)).toList());
            }
            return pdf.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            engines.give(converter);
            if (jail != null) {
                try (Stream<Path> walk = Files.walk(jail)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    // a temporary theme left behind is harmless
                }
            }
        }
    }
}
