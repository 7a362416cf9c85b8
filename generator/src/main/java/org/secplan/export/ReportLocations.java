package org.secplan.export;

import org.secplan.check.Finding;

/**
 * How a report names a plan file: the finding's path (relative to the plan directory) behind a prefix
 * that leads from the report's base (for example the Maven project directory) to the plan directory.
 */
final class ReportLocations {

    private ReportLocations() {
    }

    /** Normalizes a prefix such as {@code src/plan} to {@code src/plan/}; empty stays empty. */
    static String prefix(String planDirectoryPrefix) {
        if (planDirectoryPrefix == null || planDirectoryPrefix.isEmpty() || planDirectoryPrefix.equals(".")) {
            return "";
        }
        String p = planDirectoryPrefix.replace('\\', '/');
        return p.endsWith("/") ? p : p + "/";
    }

    static boolean hasFile(Finding f) {
        return f.file() != null && !f.file().isBlank();
    }

    /** {@code src/plan/risks.ttl:42}, or {@code src/plan/risks.ttl} without a line, or null. */
    static String fileAndLine(String prefix, Finding f) {
        if (!hasFile(f)) {
            return null;
        }
        return f.line() > 0 ? prefix + f.file() + ":" + f.line() : prefix + f.file();
    }
}
