package org.secplan.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.secplan.LocalListener;

/**
 * The second lock, alone: a query that never went through the guard, run in a context secplan locked, neither
 * reaches the network nor finds a {@code java:} function.
 */
class ExecutionLocksTest {

    @Test
    void serviceIsDeniedEvenUnguarded() throws IOException {
        try (LocalListener listener = new LocalListener()) {
            for (String sparql : List.of("SELECT * { SERVICE <" + listener.url() + "> { ?s ?p ?o } }",
                    "SELECT * { BIND(<" + listener.url() + "> AS ?u) SERVICE ?u { ?s ?p ?o } }")) {
                try (QueryExec exec = ExecutionLocks.apply(QueryExec.dataset(DatasetGraphFactory.create()))
                        .query(QueryFactory.create(sparql)).build()) {
                    assertThrows(RuntimeException.class, () -> exec.select().materialize());
                }
            }
            Thread.sleep(100);
            assertEquals(0, listener.connections());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void javaFunctionsAreNotFoundEvenUnguarded() {
        String sparql = "SELECT ?x { BIND(<java:org.apache.jena.sparql.function.library.FN_StrUpperCase>(\"abc\") "
                + "AS ?x) }";
        try (QueryExec exec = ExecutionLocks.apply(QueryExec.dataset(DatasetGraphFactory.create()))
                .query(QueryFactory.create(sparql)).build()) {
            List<Binding> rows = new java.util.ArrayList<>();
            exec.select().forEachRemaining(rows::add);
            assertTrue(rows.isEmpty() || rows.get(0).isEmpty(), "the java: function ran: " + rows);
        } catch (RuntimeException refused) {
            // not finding the function at all is as good
        }
    }
}
