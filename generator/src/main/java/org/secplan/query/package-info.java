/**
 * Read-only, safe, time-limited SPARQL over a plan: {@link org.secplan.query.QueryGuard} refuses updates,
 * SERVICE, dataset clauses and functions that could reach the system; {@link org.secplan.query.SafeQueryExecutor}
 * runs what passes with a timeout and a row limit; {@link org.secplan.query.NamedQueryCatalog} holds the built-in
 * named queries. Results leave this package as immutable {@link org.secplan.query.QueryResult}s.
 */
package org.secplan.query;
