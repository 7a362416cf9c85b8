package org.secplan;

import static org.secplan.TestSecplan.secplan;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secplan.build.Edition;
import org.secplan.audience.Audience;
import org.secplan.audience.ClassificationLevel;
import org.secplan.audience.NeedToKnow;
import org.secplan.check.Finding;
import org.secplan.plan.PlanGraph;
import org.secplan.render.PrintedPages;
import org.secplan.render.RenderOptions;
import org.secplan.render.SiteFixtures;
import org.secplan.site.View;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The leak test of need-to-know: a copy of the sample plan with a canary planted in every literal and identifier
 * ({@code CANARY-L<rank>-<n>}, identifiers get a {@code -CNRYL<rank>N<n>} suffix) and in pages and sections at every
 * level, rendered into one edition per audience. Every byte of each edition — file and directory names, HTML,
 * scripts, the search index, the sitemap, SVGs — and the edition's captured log and findings are scanned for the
 * canaries of levels above the edition's; any hit fails, naming the file and the canary.
 */
class EditionLeakTest {
    private static final Pattern CANARY = Pattern.compile("(?i)CANARY-L(\\d+)-[A-Z0-9]+|CNRYL(\\d+)N?[0-9]*");
    /** A canary's rank in text whose line breaks were taken out, where the digits after it may be another word's. */
    private static final Pattern JOINED_CANARY = Pattern.compile("(?i)CANARY-L(\\d)|CNRYL(\\d)");
    private static final String DCT_IDENTIFIER = "http://purl.org/dc/terms/identifier";
    private static final String SP = "https://w3id.org/secplan/ns#";
    private static final java.util.Set<String> PUBLIC_BY_DEFINITION = java.util.Set.of(SP + "publicTitle",
            SP + "publicSummary");

    @TempDir
    static Path work;

    private static Path plan;
    private static Path out;
    private static List<Edition> editions;
    private static final Map<String, List<String>> logs = new ConcurrentHashMap<>();
    private static final Map<String, String> renamed = new HashMap<>();
    private static int highestRank;
    /** Canary → the subject it was planted in, to name it when the canary leaks. */
    private static final Map<String, String> owners = new HashMap<>();

    @BeforeAll
    static void plantCanariesAndRenderEveryEdition() throws IOException {
        plan = SiteFixtures.copy(SiteFixtures.samplePlan(), work.resolve("plan"));
        plant(plan);
        out = work.resolve("site");
        PlanGraph graph = secplan().load(plan);
        highestRank = NeedToKnow.of(graph).scheme().highest().rank();
        List<String> all = new CopyOnWriteArrayList<>();
        RenderOptions options = new RenderOptions(SiteFixtures.AS_OF, View.full(), all::add, false).withPdf(true);
        editions = secplan().renderEditions(graph, out, options, null).editions();
        for (String line : all) {
            Matcher m = Pattern.compile("^\\[([^\\]]+)\\] ").matcher(line);
            assertTrue(m.find(), "every progress line names its edition: " + line);
            logs.computeIfAbsent(m.group(1), k -> new CopyOnWriteArrayList<>()).add(line);
        }
    }

    @Test
    void noEditionHoldsAnythingAboveItsLevel() throws IOException {
        assertEquals(4, editions.size(), "one edition per audience of the sample plan");
        List<String> leaks = new ArrayList<>();
        StringBuilder scanned = new StringBuilder();
        for (Edition e : editions) {
            int max = rankOf(e);
            int[] files = {0};
            try (Stream<Path> walk = Files.walk(e.site())) {
                for (Path p : walk.sorted().toList()) {
                    String rel = e.site().relativize(p).toString();
                    scan(rel, "file name " + rel, max, leaks, e.audience());
                    if (Files.isRegularFile(p)) {
                        files[0]++;
                        scan(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1), rel, max, leaks,
                                e.audience());
                    }
                }
            }
            scan(e.site().toString(), "edition directory", max, leaks, e.audience());
            for (String line : logs.getOrDefault(e.audience(), List.of())) {
                scan(line, "render log", max, leaks, e.audience());
            }
            for (Finding f : e.report().findings()) {
                scan(f.toString(), "finding of the edition's check", max, leaks, e.audience());
            }
            for (Finding f : e.result().findings()) {
                scan(f.toString(), "finding of the edition's render", max, leaks, e.audience());
            }
            scanned.append(e.audience()).append(": ").append(files[0]).append(" files, rendered in ")
                    .append(e.result().millis()).append(" ms; ");
        }
        System.out.println("leak test scanned " + scanned);
        assertTrue(leaks.isEmpty(), "canaries above the edition's level:\n" + String.join("\n", leaks));
    }

    /**
     * The PDF's content is compressed, so the byte scan above cannot read it: its text, page by page, its document
     * information and its bookmarks are scanned instead — and again with the line breaks taken out, so that a canary
     * broken over two lines of a narrow table cell is whole again. Each PDF holds canaries of its own levels.
     */
    @Test
    void noEditionsPdfHoldsAnythingAboveItsLevel() throws IOException {
        List<String> leaks = new ArrayList<>();
        for (Edition e : editions) {
            int max = rankOf(e);
            byte[] pdf = Files.readAllBytes(e.site().resolve("plan.pdf"));
            StringBuilder text = new StringBuilder();
            for (List<PrintedPages.Line> page : PrintedPages.read(pdf)) {
                page.forEach(l -> text.append(l.text()).append('\n'));
            }
            String joined = text.toString().replaceAll("\\s+", "");
            scan(text.toString(), "plan.pdf (text)", max, leaks, e.audience());
            // joined text runs a canary into the next word ("CNRYL1" + "250"): read only the rank's first digit
            assertTrue(highestRank < 10, "the sample plan's ranks are single digits");
            Matcher m = JOINED_CANARY.matcher(joined);
            while (m.find()) {
                int rank = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
                if (rank > max) {
                    leaks.add(e.audience() + ": plan.pdf (text without line breaks) holds "
                            + joined.substring(m.start(), Math.min(joined.length(), m.end() + 12)));
                }
            }
            scan(PrintedPages.metadata(pdf), "plan.pdf (information and bookmarks)", max, leaks, e.audience());
            for (int r = 0; r <= Math.min(max, highestRank); r++) {
                assertTrue(joined.contains("CANARY-L" + r + "-"), e.audience() + "'s PDF shows no content of level rank "
                        + r + ": the scan would see nothing");
            }
        }
        assertTrue(leaks.isEmpty(), "canaries above the edition's level in its PDF:\n" + String.join("\n", leaks));
    }

    @Test
    void everyEditionHoldsItsOwnLevelSoTheScanSeesSomething() throws IOException {
        for (Edition e : editions) {
            int max = rankOf(e);
            String all = everything(e.site());
            for (int r = 0; r <= Math.min(max, highestRank); r++) {
                assertTrue(all.contains("CANARY-L" + r + "-"), e.audience() + " shows no content of level rank " + r);
            }
        }
    }

    @Test
    void withheldLinksAndMacrosAreNeutralText() throws IOException {
        Edition publicEdition = edition("public");
        String page = Files.readString(publicEdition.site().resolve("pages/cnryl0-levels.html"));
        assertTrue(page.contains("sp-withheld"), "the macro naming a secret entity renders as withheld");
        assertTrue(page.contains(">withheld<"));
        // the entity page of a visible control that protects something withheld
        assertTrue(everything(publicEdition.site()).contains("withheld"));
        // the full edition links the same identifier
        String full = Files.readString(edition("security-team").site().resolve("pages/cnryl0-levels.html"));
        assertFalse(full.contains(">withheld<"), "the full edition shows the entity itself");
    }

    @Test
    void pagesAndSectionsFollowTheirLevels() throws IOException {
        assertFalse(Files.exists(edition("public").site().resolve("pages/cnryl2-restricted.html")));
        assertFalse(Files.exists(edition("staff").site().resolve("pages/cnryl2-restricted.html")));
        assertTrue(Files.exists(edition("management").site().resolve("pages/cnryl2-restricted.html")));
        assertFalse(Files.exists(edition("management").site().resolve("pages/cnryl3-secret.html")));
        assertTrue(Files.exists(edition("security-team").site().resolve("pages/cnryl3-secret.html")));
        String management = Files.readString(edition("management").site().resolve("pages/cnryl0-levels.html"));
        assertTrue(management.contains("CANARY-L2-P5"), "the restricted section is in the management edition");
        assertFalse(management.contains("CANARY-L3-P9"), "the secret block inside it is not");
        for (Edition e : editions) {
            String html = Files.readString(e.site().resolve("index.html"));
            assertTrue(html.contains(e.level().toUpperCase(java.util.Locale.ROOT)),
                    e.audience() + " banner shows the edition's level " + e.level());
        }
    }

    @Test
    void unknownLevelsAreWithheldFromEveryEditionButTheFullOneWithAFinding() throws IOException {
        for (Edition e : editions) {
            String all = everything(e.site());
            boolean hasEntity = all.contains("CANARY-L9-U1");
            boolean hasPage = Files.exists(e.site().resolve("pages/cnryl9-unknown.html"));
            assertEquals(e.readsEverything(), hasEntity, e.audience() + ": entity with an unknown level");
            assertEquals(e.readsEverything(), hasPage, e.audience() + ": page with an unknown level");
        }
        Edition full = edition("security-team");
        assertTrue(full.report().findings().stream().anyMatch(f -> f.checkId().equals("page-classification-is-known")
                && f.file().endsWith("cnryl9-unknown.adoc")), "a finding for the page's unknown level");
        assertTrue(full.report().findings().stream().anyMatch(f -> f.identifier().equals(renamed.get("U-1"))),
                "a finding for the entity's unknown level: " + full.report().findings());
        assertTrue(full.report().findings().stream().anyMatch(f -> f.checkId().equals("page-embeds-above-level")),
                "the public page that embeds a secret entity is reported");
    }

    // ------------------------------------------------------------------------------------------------------------

    private static Edition edition(String id) {
        return editions.stream().filter(e -> e.audience().equals(id)).findFirst().orElseThrow();
    }

    private static int rankOf(Edition e) {
        return e.readsEverything() ? Integer.MAX_VALUE : Map.of("Public", 0, "Internal", 1, "Restricted", 2,
                "Secret", 3).get(e.level());
    }

    private static void scan(String text, String where, int max, List<String> leaks, String edition) {
        Matcher m = CANARY.matcher(text);
        while (m.find()) {
            int rank = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            if (rank > max) {
                leaks.add(edition + ": " + where + " holds " + m.group() + " (planted in "
                        + owners.getOrDefault(m.group(), "a page") + ")");
                return;
            }
        }
    }

    private static String everything(Path site) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                all.append(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1)).append('\n');
            }
        }
        return all.toString();
    }

    /** Plants the canaries in the copy of the sample plan. */
    private static void plant(Path dir) throws IOException {
        PlanGraph original = secplan().load(dir);
        NeedToKnow ntk = NeedToKnow.of(original);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        }
        int[] n = {0};
        Map<Path, Model> models = new LinkedHashMap<>();
        for (Path f : files) {
            models.put(f, RDFDataMgr.loadModel(f.toUri().toString(), Lang.TURTLE));
        }
        // identifiers first, so that pages can follow the renaming
        for (Model m : models.values()) {
            for (Statement s : m.listStatements(null, m.createProperty(DCT_IDENTIFIER), (RDFNode) null).toList()) {
                int rank = rank(ntk, s.getSubject(), m);
                if (rank <= 0 || s.getSubject().hasProperty(RDF.type, m.createResource(SP + "Audience"))) {
                    continue;
                }
                String old = s.getString();
                renamed.put(old, old + "-CNRYL" + rank + "N" + (++n[0]));
            }
        }
        for (Model m : models.values()) {
            List<Statement> change = new ArrayList<>();
            for (Statement s : m.listStatements().toList()) {
                if (s.getObject().isLiteral() && isText(s.getLiteral())) {
                    change.add(s);
                }
            }
            for (Statement s : change) {
                // the plan's public title and summary are declared readable by every audience
                int rank = PUBLIC_BY_DEFINITION.contains(s.getPredicate().getURI()) ? 0 : rank(ntk, s.getSubject(), m);
                String value = s.getString();
                String planted = s.getPredicate().getURI().equals(DCT_IDENTIFIER)
                        ? renamed.getOrDefault(value, value)
                        : value + " CANARY-L" + rank + "-" + (++n[0]);
                owners.put("CANARY-L" + rank + "-" + n[0], s.getSubject() + " " + s.getPredicate().getLocalName());
                Literal l = s.getLiteral().getLanguage().isEmpty() ? m.createLiteral(planted)
                        : m.createLiteral(planted, s.getLiteral().getLanguage());
                m.remove(s);
                m.add(s.getSubject(), s.getPredicate(), l);
            }
        }
        for (Map.Entry<Path, Model> e : models.entrySet()) {
            try (OutputStream os = Files.newOutputStream(e.getKey())) {
                RDFDataMgr.write(os, e.getValue(), Lang.TURTLE);
            }
        }
        // pages refer to entities by identifier: follow the renaming, longest identifiers first
        List<String> ids = new ArrayList<>(renamed.keySet());
        ids.sort(Comparator.comparing(String::length).reversed());
        try (Stream<Path> walk = Files.walk(dir.resolve("pages"))) {
            for (Path p : walk.filter(x -> x.toString().endsWith(".adoc")).toList()) {
                String text = Files.readString(p);
                for (String id : ids) {
                    text = text.replaceAll("(?<![A-Za-z0-9_-])" + Pattern.quote(id) + "(?![A-Za-z0-9_-])",
                            Matcher.quoteReplacement(renamed.get(id)));
                }
                Files.writeString(p, text);
            }
        }
        String secretId = null;
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(renamed).entrySet()) {
            if (e.getValue().contains("-CNRYL3N")) {
                secretId = e.getValue();
                break;
            }
        }
        assertTrue(secretId != null, "the sample plan has a secret entity");
        TestPlans.write(dir, "pages/cnryl0-levels.adoc", """
                = Levels CANARY-L0-P1
                :classification: public

                == Public part

                Public text CANARY-L0-P2. A secret element: entity:%s[].

                [classification=internal]
                == Internal part CANARY-L1-P3

                Internal text CANARY-L1-P4.

                [.classified-restricted]
                == Restricted part CANARY-L2-P5

                Restricted text CANARY-L2-P6.

                === Restricted sub-section CANARY-L2-P7

                .Block title CANARY-L3-P8
                [classification=secret]
                ====
                Secret example CANARY-L3-P9
                ====

                After the secret block, still restricted CANARY-L2-P13.

                == Public again

                [role="note classified-secret"]
                Secret paragraph CANARY-L3-P10.

                Back to public CANARY-L0-P11.
                """.formatted(secretId));
        TestPlans.write(dir, "pages/cnryl2-restricted.adoc", """
                = Restricted page CANARY-L2-P20
                :classification: restricted

                Restricted page text CANARY-L2-P21.
                """);
        TestPlans.write(dir, "pages/cnryl3-secret.adoc", """
                = Secret page CANARY-L3-P30
                :classification: secret

                Secret page text CANARY-L3-P31.
                """);
        TestPlans.write(dir, "pages/cnryl9-unknown.adoc", """
                = Unknown-level page CANARY-L9-P40
                :classification: cosmic-top-secret

                Page text of an unknown level CANARY-L9-P41.
                """);
        TestPlans.write(dir, "unknown-level.ttl", """
                @prefix : <https://plan.riverside-water.example/#> .
                @prefix sp: <https://w3id.org/secplan/ns#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                :cnry-unknown-level a sp:LessonLearned ;
                    dcterms:identifier "U-1-CNRYL9N1" ;
                    rdfs:label "Lesson of an unknown level CANARY-L9-U1" ;
                    sp:classification :no-such-level .
                :no-such-level a <http://www.w3.org/2004/02/skos/core#Concept> ;
                    rdfs:label "Level outside the scheme" .
                """);
        renamed.put("U-1", "U-1-CNRYL9N1");
    }

    private static boolean isText(Literal l) {
        String dt = l.getDatatypeURI();
        return dt == null || dt.equals(XSD.xstring.getURI()) || dt.equals(RDF.langString.getURI());
    }

    /** The level rank of a subject; a blank node takes the level of the subject that holds it. */
    private static int rank(NeedToKnow ntk, Resource subject, Model m) {
        Resource s = subject;
        for (int depth = 0; s.isAnon() && depth < 10; depth++) {
            List<Statement> holders = m.listStatements(null, null, s).toList();
            if (holders.isEmpty()) {
                return ntk.scheme().highest().rank();
            }
            s = holders.get(0).getSubject();
        }
        if (s.isAnon()) {
            return ntk.scheme().highest().rank();
        }
        return ntk.classification().levelOf(s.getURI()).map(ClassificationLevel::rank)
                .orElse(ntk.scheme().defaultLevel().rank());
    }

    @SuppressWarnings("unused")
    private static List<Audience> audiences(PlanGraph graph) {
        return Collections.unmodifiableList(NeedToKnow.of(graph).audiences());
    }
}
