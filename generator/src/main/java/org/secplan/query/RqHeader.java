package org.secplan.query;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code # key: value} comment lines at the top of a {@code .rq} file (before the first non-comment line),
 * as used by checks ({@code id, clause, severity, title, classification}) and named queries
 * ({@code name, title, parameters}). The first line of a key counts; {@link #repeated} names the keys written again.
 */
public record RqHeader(Map<String, String> fields, Map<String, Integer> lines, Set<String> repeated) {

    private static final Pattern FIELD = Pattern.compile("#\\s*([A-Za-z-]+)\\s*:\\s*(.*?)\\s*");

    public static RqHeader parse(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        Set<String> repeated = new HashSet<>();
        int lineNo = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (!l.startsWith("#")) {
                break;
            }
            Matcher m = FIELD.matcher(l);
            if (m.matches()) {
                String key = m.group(1).toLowerCase(Locale.ROOT);
                if (!fields.containsKey(key)) {
                    fields.put(key, m.group(2));
                    lines.put(key, lineNo);
                } else {
                    repeated.add(key);
                }
            }
        }
        return new RqHeader(Map.copyOf(fields), Map.copyOf(lines), Set.copyOf(repeated));
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(fields.get(key)).filter(v -> !v.isBlank());
    }

    public int lineOf(String key) {
        return lines.getOrDefault(key, 1);
    }
}
