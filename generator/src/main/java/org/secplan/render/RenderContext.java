package org.secplan.render;

import org.secplan.base.Digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.secplan.check.Finding;
import org.secplan.base.Severity;
import org.secplan.site.PlanIndex;
import org.secplan.site.SitePaths;

/**
 * What the plan macros of one engine share: the edition being rendered (its {@link Scope}), the page being
 * converted and the findings collected so far. An engine lives for a whole run and converts the pages of every
 * edition, one page at a time, so its context is bound to each edition's scope in turn; never static.
 */
final class RenderContext {

    /**
     * One edition's part of the context: the plan as the edition sees it, where its pages live, its query runner
     * and which identifiers it withholds.
     *
     * @param withheld true for the identifier of an entity withheld from this edition
     */
    record Scope(PlanIndex index, SitePaths paths, QueryRunner queries, java.util.function.Predicate<String> withheld,
                 java.util.function.Predicate<String> withholdsLevel) {
        Scope {
            Objects.requireNonNull(index);
            Objects.requireNonNull(paths);
            Objects.requireNonNull(withheld);
            Objects.requireNonNull(withholdsLevel);
        }
    }

    private Scope scope;
    private boolean outlining;
    private boolean printing;
    private final List<Finding> findings = new ArrayList<>();
    private String pagePath = "";
    /** Numbers the generated elements of the page being converted, from 1 on each page. */
    private int elements;
    private String pageSource;
    private String pageText = "";
    private final List<MacroCall> calls = new ArrayList<>();
    private Digest outputs = Digest.sha256();

    RenderContext(PlanIndex index, SitePaths paths, QueryRunner queries) {
        this(new Scope(index, paths, queries, id -> false, token -> false));
    }

    RenderContext(Scope scope) {
        this.scope = Objects.requireNonNull(scope);
    }

    /** A context not bound to any edition yet: {@link #bind} it before converting. */
    RenderContext() {
        this.scope = null;
    }

    /** Binds the context to an edition; the findings of the previous one are forgotten. */
    void bind(Scope edition) {
        this.scope = Objects.requireNonNull(edition);
        this.findings.clear();
        this.calls.clear();
    }

    private Scope scope() {
        if (scope == null) {
            throw new IllegalStateException("the render context is not bound to an edition");
        }
        return scope;
    }

    /**
     * True while a page is only being outlined (parsed for its classification marks, see {@link PageOutline}):
     * the plan macros then produce nothing and record nothing.
     */
    boolean outlining() {
        return outlining;
    }

    void outlining(boolean on) {
        this.outlining = on;
    }

    /**
     * True while the edition's PDF is being converted: a page on paper has no links to the site's other pages, so
     * the macros write the words of a link without it, and draw what the site shows as SVG as a table.
     */
    boolean printing() {
        return printing;
    }

    void printing(boolean on) {
        this.printing = on;
    }

    /** The lines as the page being converted shows them: on paper, a link to a page of the site is its words. */
    List<String> forMedium(List<String> lines) {
        return printing ? lines.stream().map(SiteLinks::unlinked).toList() : lines;
    }

    /**
     * True when a section or block marked with this level token is left out of the edition being converted; false
     * when no edition is bound (nothing is converted then).
     */
    boolean withholdsLevel(String token) {
        return scope != null && scope.withholdsLevel().test(token);
    }

    /** True when {@code identifier} names an entity this edition withholds: show "withheld", report nothing. */
    boolean isWithheld(String identifier) {
        return scope().withheld().test(identifier);
    }

    PlanIndex index() {
        return scope().index();
    }

    SitePaths paths() {
        return scope().paths();
    }

    QueryRunner queries() {
        return scope().queries();
    }

    void enter(String path, String source, String text) {
        this.pagePath = path;
        this.elements = 0;
        this.pageSource = source;
        this.pageText = text;
        this.calls.clear();
        this.outputs = Digest.sha256();
    }

    /**
     * Notes that the page used a macro and what the macro made of the plan; returns {@code output}. The calls and
     * a digest of the outputs are kept with the page's cached conversion, so that a later render can tell whether
     * the plan still gives the page the same content (see {@link MacroReplay}).
     */
    <T> T record(MacroCall call, T output) {
        calls.add(call);
        outputs.add(call.macro()).add(String.valueOf(output));
        return output;
    }

    /** The macro calls of the page being converted, in order. */
    List<MacroCall> calls() {
        return List.copyOf(calls);
    }

    /** A digest of what the page's macros produced so far. */
    String outputDigest() {
        return outputs.hex();
    }

    /**
     * The next number for an element id on this page. Ids count per conversion, never per engine or per run, so a
     * page converts to the same bytes whichever engine converts it and whatever it converted before.
     */
    int nextElementNumber() {
        return ++elements;
    }

    String pagePath() {
        return pagePath;
    }

    /** The plan-relative file of the page, or the site path for generated pages. */
    String where() {
        return pageSource != null ? pageSource : pagePath;
    }

    /**
     * The line of the page's source where {@code needle} first occurs at or after {@code fromLine}, else
     * {@code fromLine}. Inline macros only know their block's first line; this finds their own.
     */
    int lineOf(String needle, int fromLine) {
        String[] lines = pageText.split("\n", -1);
        for (int i = Math.max(0, fromLine - 1); i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        return Math.max(fromLine, 0);
    }

    void report(String checkId, Severity severity, int line, String message) {
        findings.add(new Finding(checkId, severity, "5.3.8", pagePath, where(),
                where() + ":" + line + ": " + message, where(), line));
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }
}
