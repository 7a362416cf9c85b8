package org.secplan.site;

import java.util.Objects;

/**
 * Which edition of the site is being planned. Today there is one edition holding everything; the audience work will
 * add one view per audience, each capped at a classification level, and the planner already takes the view so that
 * its label reaches every page.
 *
 * @param name  short name of the edition, shown nowhere when it is the full edition
 * @param label human-readable name of the audience, or null for the full edition
 */
public record View(String name, String label) {
    public View {
        Objects.requireNonNull(name, "name");
    }

    /** The whole plan, for readers cleared for all of it. */
    public static View full() {
        return new View("full", null);
    }
}
