package org.secplan.site;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which edition of the site is being planned: one per audience, each capped at a classification level. The site
 * is planned from the audience's view of the plan alone; the view record only carries what the planner and the
 * macros need to say about the edition itself, and never anything about what was withheld beyond counts.
 *
 * @param name               short name of the edition (the audience identifier)
 * @param label              human-readable name of the audience, or null for the full edition
 * @param level              label of the highest level the edition holds, shown in the banner of every page; null
 *                           lets the planner derive it from the content
 * @param withheldNotice     kind label → number of withheld items, shown on the home page; empty for no notice
 * @param pages              decides a narrative page's fate in this edition: empty leaves it out, otherwise the
 *                           page as this edition may show it (sections above the level removed)
 * @param withheldIdentifier true for an identifier of an entity withheld from this edition: a macro naming it
 *                           renders as neutral text instead of being reported as unknown
 * @param masthead           what the edition may say about the plan when the plan element itself is withheld
 * @param clearance          what the edition's readers are cleared for
 * @param control            the plan's content digest and what changed since its endorsement, as the edition sees it
 */
public record View(String name, String label, String level, Map<String, Integer> withheldNotice,
                   Function<NarrativeSource, Optional<NarrativeSource>> pages, Predicate<String> withheldIdentifier,
                   Masthead masthead, Clearance clearance, DocumentControl control) {

    /**
     * What an edition's readers are cleared for.
     *
     * @param levelIri        the highest level they read; null for the full view
     * @param readsEverything true for the edition that reads the highest level: it alone shows where each element is
     *                        defined in the plan's files, and levels and audiences above any other's
     * @param withholdsLevel  true for a classification level token ({@code secret} of {@code .classified-secret})
     *                        whose marked sections and blocks this edition leaves out — every level above the
     *                        edition's, and every token the plan's scheme does not know (marks fail closed)
     * @param fingerprint     what decides {@code withholdsLevel} (the scheme's levels and the edition's maximum), as
     *                        text: a cached page converted under other rules is never reused
     */
    public record Clearance(String levelIri, boolean readsEverything, Predicate<String> withholdsLevel,
                            String fingerprint) {
        public static final Clearance EVERYTHING = new Clearance(null, true, token -> false, "everything");

        public Clearance {
            Objects.requireNonNull(withholdsLevel, "withholdsLevel");
            Objects.requireNonNull(fingerprint, "fingerprint");
        }
    }

    /**
     * The plan's title and summary as every audience may read them ({@code sp:publicTitle}, {@code sp:publicSummary};
     * null when the plan gives none), and whether this edition withholds the plan element.
     */
    public record Masthead(String title, String summary, boolean planWithheld) {
        public static final Masthead NONE = new Masthead(null, null, false);
    }

    public View {
        Objects.requireNonNull(name, "name");
        withheldNotice = Map.copyOf(withheldNotice == null ? Map.of() : withheldNotice);
        pages = pages == null ? Optional::of : pages;
        withheldIdentifier = withheldIdentifier == null ? id -> false : withheldIdentifier;
        masthead = masthead == null ? Masthead.NONE : masthead;
        clearance = clearance == null ? Clearance.EVERYTHING : clearance;
        control = control == null ? DocumentControl.NONE : control;
    }

    /** An edition holding everything it is given. */
    public View(String name, String label) {
        this(name, label, null, Map.of(), null, null, Masthead.NONE, null, null);
    }

    /** The whole plan, for readers cleared for all of it. */
    public static View full() {
        return new View("full", null);
    }
}
