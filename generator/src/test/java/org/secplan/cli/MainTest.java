package org.secplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.secplan.TestPlans;

/** The command line in-process, through {@link Main#run} with its own writers. */
class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void noCommandPrintsUsageAndExitsTwo() {
        assertEquals(2, run());
        assertTrue(err.toString().contains("Usage: secplan"), err.toString());
    }

    @Test
    void missingQuerySourceIsAUsageError() {
        assertEquals(2, run("query", TestPlans.fixture("plan-basic").toString()));
        assertTrue(err.toString().contains("give the query with --name, --file or --sparql"), err.toString());
    }

    @Test
    void synthWritesAnEndorsedPlanToARelativeDirectory() throws java.io.IOException {
        java.nio.file.Path relative = java.nio.file.Path.of("target", "synth-relative-" + ProcessHandle.current().pid());
        try {
            assertEquals(0, run("synth", "--size", "S", "--out", relative.toString()), err.toString());
            assertTrue(java.nio.file.Files.isRegularFile(relative.resolve("endorsements.ttl")));
            assertEquals(0, run("diff", relative.toString(), "--endorsed", "--exit-code"), err.toString());
        } finally {
            try (var walk = java.nio.file.Files.walk(relative)) {
                for (java.nio.file.Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void twoQuerySourcesAreAUsageError() {
        assertEquals(2, run("query", "x", "--name", "a", "--sparql", "b"));
        assertTrue(err.toString().contains("mutually exclusive"), err.toString());
    }
}
