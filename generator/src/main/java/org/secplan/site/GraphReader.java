package org.secplan.site;

import java.util.List;

import org.secplan.plan.Entity;
import org.secplan.query.QueryResult;

/**
 * The two ways the site reads a plan: SPARQL SELECT and the entity list. {@code PlanGraph} provides both
 * ({@code plan::select}, {@code plan.entities()}); a later audience view can provide a filtered graph the same way.
 */
public interface GraphReader {
    QueryResult select(String sparql);

    List<Entity> entities();
}
