package org.secplan.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The immutable result of a query: columns in projection order, rows in query order. A row has no entry for an
 * unbound variable. An ASK query gives one column {@code result}; CONSTRUCT and DESCRIBE give the triples as
 * columns {@code subject}, {@code predicate}, {@code object}.
 */
public record QueryResult(List<String> columns, List<Map<String, Term>> rows) {
    public QueryResult {
        columns = List.copyOf(columns);
        rows = rows.stream()
                .map(row -> Collections.unmodifiableMap(new LinkedHashMap<>(row)))
                .toList();
    }

    public int size() {
        return rows.size();
    }
}
