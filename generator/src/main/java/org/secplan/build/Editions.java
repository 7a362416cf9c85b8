package org.secplan.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.secplan.audience.Audience;
import org.secplan.audience.AudienceView;
import org.secplan.audience.ClassificationLevel;
import org.secplan.audience.NeedToKnow;
import org.secplan.audience.PageLevels;
import org.secplan.render.EnginePool;
import org.secplan.render.PageOutline;
import org.secplan.base.SecplanException;
import org.secplan.check.CheckInfo;
import org.secplan.check.CheckReport;
import org.secplan.check.Finding;
import org.secplan.base.Severity;
import org.secplan.plan.Entity;
import org.secplan.plan.PlanGraph;
import org.secplan.plan.Vocabulary;
import org.secplan.query.QueryResult;
import org.secplan.render.RenderOptions;
import org.secplan.render.RenderResult;
import org.secplan.site.NarrativeSource;
import org.secplan.site.PlanFacts;
import org.secplan.site.PlanPages;
import org.secplan.site.SiteWriter;
import org.secplan.site.View;

/**
 * Renders one site edition per audience into {@code <out>/<audience-id>/}: each from the audience's view of the plan
 * (filtered before rendering), showing the findings of the one check of the whole plan that the audience may see
 * (see {@link EditionFindings}). Nothing but the edition directories and secplan's marker is written beside them
 * (see {@link EditionsRoot}): a page listing the editions would tell a lower audience that higher ones exist.
 */
final class Editions {

    /** Audience identifiers become directory names: letters, digits, '.', '_' and '-', not starting with '.'. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}._-]*");

    private final PlanGraph plan;
    private final NeedToKnow ntk;
    private final PageOutline outline;
    private final EditionRenderer renderer;
    private final CheckLevels checkLevels;

    /**
     * @param checks  the checks the plan is checked with (each edition lists those it may read)
     * @param engines the run's Asciidoctor engines, which also parse the pages for their classification marks
     */
    Editions(PlanGraph plan, EditionRenderer renderer, List<CheckInfo> checks, EnginePool engines) {
        this.plan = plan;
        this.ntk = NeedToKnow.of(plan);
        this.outline = new PageOutline(engines, ntk.scheme());
        this.renderer = renderer;
        this.checkLevels = new CheckLevels(checks, ntk.scheme());
    }

    /** The level of each check the plan is checked with, by the plan's scheme. */
    CheckLevels checkLevels() {
        return checkLevels;
    }

    /** The audiences to render: all, or the one named; every identifier validated before anything is written. */
    List<Audience> select(String only) {
        List<Audience> all = ntk.audiences();
        Map<String, String> seen = new HashMap<>();
        for (Audience a : all) {
            if (!SAFE_ID.matcher(a.identifier()).matches() || a.identifier().matches("\\.+")) {
                throw new SecplanException("audience '" + a.identifier() + "' cannot name an edition directory: an "
                        + "audience identifier may hold only letters, digits, '.', '_' and '-', must start with a "
                        + "letter or digit and be at most 64 characters long");
            }
            String other = seen.put(a.identifier().toLowerCase(Locale.ROOT), a.identifier());
            if (other != null) {
                throw new SecplanException("audiences '" + other + "' and '" + a.identifier() + "' differ only in "
                        + "case; their editions would share a directory on some file systems");
            }
        }
        if (only == null) {
            return all;
        }
        return List.of(ntk.audience(only).orElseThrow(() -> new SecplanException("the plan has no audience '" + only
                + "' (its audiences: " + String.join(", ", all.stream().map(Audience::identifier).toList()) + ")")));
    }

    /**
     * @param findings the findings of the one check of the whole plan: the full edition shows them all, every other
     *                 edition those it may see
     */
    List<Edition> render(Path out, RenderOptions options, String only, EditionFindings findings) {
        List<Audience> audiences = select(only);
        if (options.cache() != null) {
            CacheLocation.claim(options.cache(), out, plan.directory());
        }
        Path root = EditionsRoot.claim(out, plan.directory(), audiences.stream().map(Audience::identifier).toList());
        PlanFacts facts = renderer.facts(plan, options.asOf(), ntk.classification());
        List<Edition> editions = new ArrayList<>();
        for (Audience a : audiences) {
            editions.add(render(a, root.resolve(a.identifier()), options, findings, facts));
        }
        return editions;
    }

    private Edition render(Audience audience, Path dir, RenderOptions options, EditionFindings findings,
                           PlanFacts facts) {
        AudienceView view = ntk.view(audience);
        PlanGraph edition = ntk.planFor(view);
        boolean everything = audience.readsEverything(ntk.scheme());
        // the full edition shows every finding, including those naming pages and entities of any level
        CheckReport report = everything ? findings.all() : findings.visibleTo(view);
        ClassificationLevel max = audience.maxLevel();
        // the audience's own label is plan content at the audience entity's level: an edition that may not read
        // that entity is named by its identifier (its directory name) only
        String label = edition.byIdentifier(audience.identifier()).isPresent() ? audience.label() : audience.identifier();
        View v = new View(audience.identifier(), label, max.label(),
                plan.config().withheldNotice() ? noticeCounts(edition, view) : Map.of(),
                source -> page(source, max, everything), view::isWithheldIdentifier, masthead(view),
                token -> ntk.scheme().resolve(token).map(l -> l.rank() > max.rank()).orElse(!everything),
                "up to " + max + (everything ? ", everything" : "") + " of " + ntk.scheme().levels());
        String prefix = "[" + audience.identifier() + "] ";
        // a cache directory per edition: a render keeps only its own edition's entries
        RenderOptions editionOptions = options.forEdition(v, line -> options.progress().accept(prefix + line),
                options.cache() == null ? null : options.cache().resolve(audience.identifier()));
        RenderResult result = renderer.render(edition, facts, report, checkLevels.readableUpTo(max), dir,
                editionOptions);
        return new Edition(audience.identifier(), label, max.label(), everything, report, result);
    }

    /**
     * What the edition may say about the plan: its public title and summary, which the plan declares readable by
     * every audience, and whether the plan element itself is withheld.
     */
    private View.Masthead masthead(AudienceView view) {
        QueryResult r = plan.select("""
                PREFIX sp: <https://w3id.org/secplan/ns#>
                SELECT ?plan ?title ?summary WHERE {
                  ?plan a sp:SecurityPlan .
                  FILTER NOT EXISTS { ?overarching sp:supportingPlan ?plan }
                  OPTIONAL { ?plan sp:publicTitle ?title }
                  OPTIONAL { ?plan sp:publicSummary ?summary }
                } ORDER BY ?plan ?title ?summary LIMIT 1""");
        if (r.rows().isEmpty()) {
            return View.Masthead.NONE;
        }
        Map<String, org.secplan.query.Term> row = r.rows().get(0);
        return new View.Masthead(row.get("title") == null ? null : row.get("title").value(),
                row.get("summary") == null ? null : row.get("summary").value(),
                !view.showsSubject(row.get("plan").value()));
    }

    /**
     * Whether the edition holds a narrative page: not above its level, and, below the full edition, only when every
     * mark on the page can be applied. Marked sections and blocks above the level are left out as the page is
     * converted (the renderer prunes Asciidoctor's parse of it).
     */
    private Optional<NarrativeSource> page(NarrativeSource source, ClassificationLevel max, boolean everything) {
        PageLevels.Page p = outline.classify(source.content());
        if (p.level().rank() > max.rank() || (!everything && !p.problems().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(source);
    }

    /** Withheld items per kind label (secplan's kinds only; anything else counts as "Other items"). */
    private static Map<String, Integer> noticeCounts(PlanGraph edition, AudienceView view) {
        Map<String, Integer> out = new TreeMap<>();
        for (Map.Entry<String, Integer> e : view.withheldByType().entrySet()) {
            String type = e.getKey();
            String label = "Other items";
            if (type.startsWith(Vocabulary.SP)) {
                QueryResult r = edition.select("SELECT ?l WHERE { <" + type + "> <" + Vocabulary.RDFS + "label> ?l } ORDER BY ?l LIMIT 1");
                label = r.rows().isEmpty() ? type.substring(type.indexOf('#') + 1) : r.rows().get(0).get("l").value();
                label = label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
            }
            out.merge(label, e.getValue(), Integer::sum);
        }
        return out;
    }

    /**
     * Findings about need-to-know itself, for the full edition only (they name pages, checks and identifiers of any
     * level): unknown levels of pages, sections and checks, and text that quotes or embeds an entity above the level
     * of the page or section.
     */
    List<Finding> fullEditionFindings() {
        List<Finding> out = new ArrayList<>(checkLevels.unknownLevels());
        Map<String, ClassificationLevel> levels = new HashMap<>();
        for (Entity e : plan.entities()) {
            ntk.classification().levelOf(e.iri()).ifPresent(l -> levels.putIfAbsent(e.identifier(), l));
        }
        for (NarrativeSource page : PlanPages.read(plan.directory()).narrative()) {
            PageLevels.Page p = outline.classify(page.content());
            String[] lines = page.content().split("\n", -1);
            for (String token : p.unknown()) {
                int line = lineOf(lines, token);
                out.add(new Finding("page-classification-is-known", Severity.ERROR, "3.1", page.file(), page.file(),
                        page.file() + ":" + line + ": unknown classification level '" + token + "'; the page or "
                                + "section is treated as the highest level, " + ntk.scheme().highest().label()
                                + ", and appears only in the edition that reads everything", page.file(), line));
            }
            for (PageLevels.Problem problem : p.problems()) {
                out.add(new Finding("page-classification-marks-apply", Severity.ERROR, "3.1", page.file(),
                        page.file(), page.file() + ":" + problem.line() + ": " + problem.message(), page.file(),
                        problem.line()));
            }
            for (int i = 0; i < lines.length; i++) {
                ClassificationLevel here = p.levelAt(i);
                Matcher m = TOKEN.matcher(lines[i]);
                while (m.find()) {
                    String id = m.group().replaceAll("[.]+$", "");
                    ClassificationLevel level = levels.get(id);
                    if (level == null || level.rank() <= here.rank()) {
                        continue;
                    }
                    boolean embeds = lines[i].contains("entity:" + id + "[") || lines[i].contains("trace::" + id + "[")
                            || lines[i].matches(".*query::.*\\b" + Pattern.quote(id) + "\\b.*");
                    out.add(new Finding(embeds ? "page-embeds-above-level" : "page-quotes-above-level",
                            Severity.ERROR, "3.1", page.file(), page.file(),
                            page.file() + ":" + (i + 1) + ": " + (embeds ? "embeds" : "quotes") + " '" + id
                                    + "', which is classified " + level.label() + ", in text classified "
                                    + here.label() + (embeds ? "; lower editions show it as 'withheld'"
                                            : "; readers of " + here.label() + " would see the identifier"),
                            page.file(), i + 1));
                }
            }
        }
        return out;
    }

    private static int lineOf(String[] lines, String token) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(token) && lines[i].contains("classif")) {
                return i + 1;
            }
        }
        return 1;
    }
}
