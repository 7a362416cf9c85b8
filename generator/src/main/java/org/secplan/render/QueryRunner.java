package org.secplan.render;

import java.util.Map;

import org.secplan.query.QueryResult;

/**
 * Runs the queries that pages ask for: a named query with parameters, or inline SPARQL. Supplied by the front door,
 * which owns the read-only, time-limited executor.
 */
public interface QueryRunner {
    QueryResult named(String name, Map<String, String> parameters);

    QueryResult sparql(String query);
}
