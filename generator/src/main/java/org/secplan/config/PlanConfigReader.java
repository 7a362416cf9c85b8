package org.secplan.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.secplan.base.SecplanException;
import org.secplan.base.Severity;

/**
 * Reads secplan.properties. A deliberately small dialect of the properties format so that every error can name
 * its line: one {@code key = value} (or {@code key: value}) per line, {@code #} or {@code !} starts a comment line,
 * and a {@code #} after whitespace ends the value (so {@code as-of = 2026-11-01  # why} works).
 */
public final class PlanConfigReader {

    private static final Pattern CHECK_KEY = Pattern.compile("check\\.([A-Za-z0-9._-]+)\\.(severity|enabled)");
    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s+#.*$");

    /** Reads {@code file}, or gives the defaults when it does not exist. */
    public PlanConfig read(Path file, String displayName) {
        if (!Files.isRegularFile(file)) {
            return PlanConfig.defaults();
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), displayName);
        } catch (IOException e) {
            throw new SecplanException(displayName + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Parses the lines of a configuration file; {@code displayName} is used in error messages. */
    public PlanConfig parse(List<String> lines, String displayName) {
        List<ConfigProblem> problems = new ArrayList<>();
        Optional<LocalDate> asOf = Optional.empty();
        boolean withheldNotice = false;
        Map<String, Optional<Severity>> severities = new HashMap<>();
        Map<String, Boolean> enabled = new HashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String raw = lines.get(i);
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int sep = separator(line);
            if (sep < 0) {
                problems.add(new ConfigProblem(lineNo, 1, "expected 'key = value' but found '" + line + "'"));
                continue;
            }
            String key = line.substring(0, sep).strip();
            String value = TRAILING_COMMENT.matcher(line.substring(sep + 1)).replaceFirst("").strip();
            int valueColumn = raw.indexOf(value, raw.indexOf(line) + sep + 1) + 1;
            if (key.equals("as-of")) {
                try {
                    asOf = Optional.of(LocalDate.parse(value));
                } catch (DateTimeParseException e) {
                    problems.add(new ConfigProblem(lineNo, valueColumn,
                            "as-of must be a date written YYYY-MM-DD, e.g. 2026-11-01, but is '" + value + "'"));
                }
                continue;
            }
            if (key.equals("withheld-notice")) {
                if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                    withheldNotice = Boolean.parseBoolean(value.toLowerCase(java.util.Locale.ROOT));
                } else {
                    problems.add(new ConfigProblem(lineNo, valueColumn,
                            "withheld-notice must be true or false, but is '" + value + "'"));
                }
                continue;
            }
            Matcher m = CHECK_KEY.matcher(key);
            if (!m.matches()) {
                problems.add(new ConfigProblem(lineNo, 1, "unknown setting '" + key
                        + "' (known: as-of, withheld-notice, check.<id>.severity, check.<id>.enabled)"));
                continue;
            }
            String checkId = m.group(1);
            firstLine.putIfAbsent(checkId, lineNo);
            if (m.group(2).equals("severity")) {
                Optional<Severity> s = Severity.parse(value);
                if (s.isEmpty()) {
                    problems.add(new ConfigProblem(lineNo, valueColumn,
                            key + " must be ERROR, WARNING or INFO, but is '" + value + "'"));
                } else {
                    severities.put(checkId, s);
                }
            } else if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                enabled.put(checkId, Boolean.parseBoolean(value.toLowerCase(java.util.Locale.ROOT)));
            } else {
                problems.add(new ConfigProblem(lineNo, valueColumn,
                        key + " must be true or false, but is '" + value + "'"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(displayName, problems);
        }
        Map<String, CheckOverride> checks = new HashMap<>();
        firstLine.forEach((id, line) -> checks.put(id, new CheckOverride(id,
                severities.getOrDefault(id, Optional.empty()), enabled.getOrDefault(id, true), line)));
        return new PlanConfig(asOf, checks, withheldNotice);
    }

    private static int separator(String line) {
        int eq = line.indexOf('=');
        int colon = line.indexOf(':');
        if (eq < 0) {
            return colon;
        }
        return colon < 0 ? eq : Math.min(eq, colon);
    }
}
