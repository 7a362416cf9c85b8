package org.secplan.query;

import java.time.Duration;

/**
 * Limits for one query.
 *
 * @param timeout  how long a query may run
 * @param rowLimit how many result rows it may give
 */
public record QueryPolicy(Duration timeout, int rowLimit) {
    /** 30 seconds, 100 000 rows. */
    public static QueryPolicy defaults() {
        return new QueryPolicy(Duration.ofSeconds(30), 100_000);
    }

    /** The timeout for messages: whole seconds, or milliseconds when shorter than one. */
    public String timeoutText() {
        long millis = timeout.toMillis();
        return millis >= 1000 ? millis / 1000 + " s" : millis + " ms";
    }
}
