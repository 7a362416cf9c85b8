package org.secplan.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.secplan.audience.Audience;
import org.secplan.audience.AudienceView;
import org.secplan.audience.ClassificationLevel;
import org.secplan.audience.ClassificationScheme;
import org.secplan.audience.NeedToKnow;
import org.secplan.control.EndorsedPlan;
import org.secplan.control.Endorsements;
import org.secplan.control.PlanSnapshot;
import org.secplan.site.DocumentControl;
import org.secplan.audience.PageLevels;
import org.secplan.render.EnginePool;
import org.secplan.render.PageOutline;
import org.secplan.base.SecplanException;
import org.secplan.check.CheckInfo;
import org.secplan.check.CheckReport;
import org.secplan.check.Finding;
import org.secplan.plan.PlanGraph;
import org.secplan.plan.Vocabulary;
import org.secplan.query.QueryResult;
import org.secplan.render.RenderOptions;
import org.secplan.render.RenderResult;
import org.secplan.site.NarrativeSource;
import org.secplan.site.PlanFacts;
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

    private final PlanGraph plan;
    private final ClassificationScheme scheme;
    /** Classifying a plan costs a good part of a check: made when an edition or a page check first needs it. */
    private NeedToKnow ntk;
    /** The plans bound to endorsed content and the plan's digest, taken once for every edition. */
    private List<EndorsedPlan> endorsements;
    private String digest;
    private final PageOutline outline;
    private PageFindings pageFindings;
    private final EditionRenderer renderer;
    private final CheckLevels checkLevels;

    /**
     * @param checks  the checks the plan is checked with (each edition lists those it may read)
     * @param engines the run's Asciidoctor engines, which also parse the pages for their classification marks
     */
    Editions(PlanGraph plan, EditionRenderer renderer, List<CheckInfo> checks, EnginePool engines) {
        this.plan = plan;
        this.scheme = ClassificationScheme.read(plan.graph());
        this.outline = new PageOutline(engines, scheme);
        this.renderer = renderer;
        this.checkLevels = new CheckLevels(checks, scheme);
    }

    /** The level of each check the plan is checked with, by the plan's scheme. */
    CheckLevels checkLevels() {
        return checkLevels;
    }

    /** The audiences to render: all, or the one named; every identifier validated before anything is written. */
    List<Audience> select(String only) {
        List<Audience> all = ntk().audiences();
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
        return List.of(ntk().requireAudience(only));
    }

    /**
     * @param findings the findings of the one check of the whole plan: the full edition shows them all, every other
     *                 edition those it may see
     */
    List<Edition> render(Path out, RenderOptions options, String only, EditionFindings findings) {
        List<Audience> audiences = select(only);
        refuseLeaks(audiences);
        if (options.cache() != null) {
            CacheLocation.claim(options.cache(), out, plan.directory());
        }
        Path root = EditionsRoot.claim(out, plan.directory(), audiences.stream().map(Audience::identifier).toList());
        PlanFacts facts = renderer.facts(plan, options.asOf(), ntk().classification());
        List<Edition> editions = new ArrayList<>();
        for (Audience a : audiences) {
            editions.add(render(a, root.resolve(a.identifier()), options, findings, facts));
        }
        return editions;
    }

    /**
     * A page that quotes an element above its text would hand that element's identifier or label to every edition
     * reading the text but not the element: no edition is written, and the previous ones stay as they are.
     */
    private void refuseLeaks(List<Audience> audiences) {
        java.util.Set<Finding> leaks = new java.util.LinkedHashSet<>();
        for (Audience a : audiences) {
            leaks.addAll(pageFindings().publishedBy(a.maxLevel()));
        }
        if (!leaks.isEmpty()) {
            throw new org.secplan.render.RenderException(List.copyOf(leaks));
        }
    }

    private Edition render(Audience audience, Path dir, RenderOptions options, EditionFindings findings,
                           PlanFacts facts) {
        AudienceView view = ntk().view(audience);
        PlanGraph edition = ntk().planFor(view);
        boolean everything = audience.readsEverything(scheme);
        // the full edition shows every finding, including those naming pages and entities of any level
        CheckReport report = everything ? findings.all() : findings.visibleTo(view);
        ClassificationLevel max = audience.maxLevel();
        // the audience's own label is plan content at the audience entity's level: an edition that may not read
        // that entity is named by its identifier (its directory name) only
        String label = edition.byIdentifier(audience.identifier()).isPresent() ? audience.label() : audience.identifier();
        // an edition that withholds the plan element withholds its document control: version, endorsement, digest
        View.Masthead masthead = masthead(view);
        View v = new View(audience.identifier(), label, max.label(),
                plan.config().withheldNotice() ? noticeCounts(edition, view) : Map.of(),
                source -> page(source, max, everything), view::isWithheldIdentifier, masthead,
                new View.Clearance(max.iri(), everything,
                        token -> scheme.resolve(token).map(l -> l.rank() > max.rank()).orElse(!everything),
                        "up to " + max + (everything ? ", everything" : "") + " of " + scheme.levels()),
                masthead.planWithheld() ? DocumentControl.NONE : documentControl(audience, view));
        String prefix = "[" + audience.identifier() + "] ";
        // a cache directory per edition: a render keeps only its own edition's entries
        RenderOptions editionOptions = options.forEdition(v, line -> options.progress().accept(prefix + line),
                options.cache() == null ? null : options.cache().resolve(audience.identifier()));
        RenderResult result = renderer.render(edition, facts, report, checkLevels.readableUpTo(max), dir,
                editionOptions);
        return new Edition(audience.identifier(), label, max.label(), everything, report, result);
    }

    /**
     * The plan's content digest and its endorsement as the edition may tell them: the changes since are those its
     * audience sees of both versions, and an endorsement record the edition withholds is not named.
     */
    private DocumentControl documentControl(Audience audience, AudienceView view) {
        if (endorsements == null) {
            endorsements = Endorsements.of(plan);
            digest = PlanSnapshot.digestOf(plan);
        }
        Optional<EndorsedPlan> bound = endorsements.stream().filter(e -> !e.unchanged()).findFirst()
                .or(() -> endorsements.stream().findFirst());
        if (bound.isEmpty()) {
            return new DocumentControl(digest, null, null);
        }
        EndorsedPlan e = view.showsSubject(bound.get().endorsementIri()) ? bound.get() : bound.get().named("");
        return new DocumentControl(digest, e, e.unchanged() ? null : ChangeReview.since(e, plan, audience, ntk()));
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

    private NeedToKnow ntk() {
        if (ntk == null) {
            ntk = NeedToKnow.shared(plan);
        }
        return ntk;
    }

    /** The checks of the narrative pages against the whole plan, made once per run. */
    PageFindings pageFindings() {
        if (pageFindings == null) {
            pageFindings = new PageFindings(plan, this::ntk, outline);
        }
        return pageFindings;
    }

    /**
     * Findings about need-to-know itself, for the full edition only (they name pages, checks and identifiers of any
     * level): unknown levels of checks, and the findings of the narrative pages.
     */
    List<Finding> fullEditionFindings() {
        List<Finding> out = new ArrayList<>(checkLevels.unknownLevels());
        out.addAll(pageFindings().all());
        return out;
    }
}
