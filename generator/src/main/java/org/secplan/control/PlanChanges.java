package org.secplan.control;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two versions of a plan: its elements, then its pages, each in a stable order.
 *
 * @param entities the elements added, removed or changed, by identifier
 * @param pages    the pages added, removed or changed, by path
 */
public record PlanChanges(List<EntityChange> entities, List<PageChange> pages) {
    public PlanChanges {
        entities = List.copyOf(entities);
        pages = List.copyOf(pages);
    }

    public static PlanChanges none() {
        return new PlanChanges(List.of(), List.of());
    }

    public boolean isEmpty() {
        return entities.isEmpty() && pages.isEmpty();
    }

    /** How many elements and pages changed. */
    public int size() {
        return entities.size() + pages.size();
    }


    /** One line per change, elements first. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        entities.forEach(e -> lines.add(e.describe()));
        pages.forEach(p -> lines.add(p.describe()));
        return lines;
    }
}
