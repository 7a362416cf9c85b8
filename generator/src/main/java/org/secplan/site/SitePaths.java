package org.secplan.site;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.secplan.plan.Entity;

/**
 * Where everything lives in the site. Entity pages are {@code e/<identifier>.html}, with every character outside
 * {@code [A-Za-z0-9._-]} spelled as {@code _xx} so that identifiers cannot climb directories, and a numeric suffix
 * when two identifiers differ only in case (case-insensitive file systems would merge them).
 */
public final class SitePaths {
    public static final String HOME = "index.html";
    public static final String CHANGES = "changes-since-endorsement.html";
    public static final String GOVERNANCE = "governance.html";
    public static final String RISK = "management-of-risk.html";
    public static final String CONTROLS = "security-controls.html";
    public static final String PROCESS = "controls-process.html";
    public static final String RISK_REGISTER = "registers/risks.html";
    public static final String ASSET_REGISTER = "registers/assets.html";
    public static final String CATALOGUE = "registers/controls.html";
    public static final String MATRIX = "registers/traceability.html";
    public static final String TIMELINE = "registers/timeline.html";
    public static final String SUMMARY = "registers/management-summary.html";
    public static final String DECISIONS = "registers/decisions.html";
    public static final String COVERAGE = "registers/clause-coverage.html";
    public static final String FINDINGS = "registers/findings.html";
    public static final String VOCABULARY = "registers/vocabulary.html";
    public static final String ENTITY_INDEX = "registers/entities.html";
    /** The edition as one PDF, when the build makes one. */
    public static final String PDF = "plan.pdf";
    /** Full lists of the management summary; only in sites where the summary cannot show them whole. */
    public static final String OVER_ACCEPTANCE = "registers/over-acceptance.html";
    public static final String NOT_EFFECTIVE = "registers/not-effective.html";
    public static final String OVERDUE_REVIEWS = "registers/overdue-reviews.html";
    public static final String OVERDUE_ACTIVITIES = "registers/overdue-activities.html";

    private final Map<String, String> entityPaths = new HashMap<>();
    private final PlanIndex index;

    public SitePaths(PlanIndex index) {
        this.index = index;
        Set<String> taken = new HashSet<>();
        for (Entity e : index.entities()) {
            String base = slug(e.identifier());
            String candidate = base;
            for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
                candidate = base + "-" + n;
            }
            entityPaths.put(e.iri(), "e/" + candidate + ".html");
        }
    }

    static String slug(String identifier) {
        StringBuilder out = new StringBuilder();
        for (char c : identifier.toCharArray()) {
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                out.append(c);
            } else if (c == '.' && out.length() > 0 && out.charAt(out.length() - 1) != '.') {
                out.append(c);
            } else {
                out.append(String.format(Locale.ROOT, "_%02x", (int) c));
            }
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) == '.') {
            out.setLength(out.length() - 1); // "X." would make "X..html"
            out.append("_2e");
        }
        return out.length() == 0 ? "_" : out.toString();
    }

    public String entity(String iri) {
        String p = entityPaths.get(iri);
        if (p == null) {
            throw new IllegalArgumentException("not a plan entity: " + iri);
        }
        return p;
    }

    public Optional<String> entityIfKnown(String iri) {
        return Optional.ofNullable(entityPaths.get(iri));
    }

    public String entity(Entity e) {
        return entity(e.iri());
    }

    /** The register page of a kind: page 1 is the list's own path, later pages continue it. */
    public static String kindIndex(Kind kind, int page) {
        return Paging.pagePath("registers/type-" + kind.slug() + ".html", page);
    }

    /**
     * The full list of a table that a part of the plan shows only in part, e.g. {@code registers/roles.html}; only
     * in sites where the part cannot show it whole.
     */
    static String fullList(String name) {
        return "registers/" + name + ".html";
    }

    public static String clauseAnchor(String number) {
        return "clause-" + number.replace('.', '-');
    }

    /** Clauses with a section of their own on a part page or the home page. */
    private static final java.util.Set<String> SECTIONS = sections();

    private static java.util.Set<String> sections() {
        java.util.Set<String> s = new java.util.HashSet<>(java.util.List.of("3.1", "4", "5.1"));
        int[] last = {11, 8, 6, 5};
        for (int part = 2; part <= 5; part++) {
            for (int n = 1; n <= last[part - 2]; n++) {
                s.add("5." + part + "." + n);
            }
        }
        return java.util.Set.copyOf(s);
    }

    /** The page (and section, when it has one) presenting a clause. */
    public static String clause(String number) {
        String page;
        if (number.startsWith("5.2")) {
            page = GOVERNANCE;
        } else if (number.startsWith("5.3")) {
            page = RISK;
        } else if (number.startsWith("5.4")) {
            page = CONTROLS;
        } else if (number.startsWith("5.5")) {
            page = PROCESS;
        } else if (number.equals("5")) {
            return HOME + "#" + clauseAnchor("5.1");
        } else {
            page = HOME;
        }
        return SECTIONS.contains(number) ? page + "#" + clauseAnchor(number) : page;
    }

    public static String narrative(String file) {
        String name = file.replace('\\', '/');
        if (name.startsWith("pages/")) {
            name = name.substring("pages/".length());
        }
        if (name.endsWith(".adoc")) {
            name = name.substring(0, name.length() - 5);
        }
        StringBuilder out = new StringBuilder("pages/");
        for (String part : name.split("/")) {
            if (out.length() > "pages/".length()) {
                out.append('/');
            }
            out.append(slug(part));
        }
        return out + ".html";
    }

    PlanIndex index() {
        return index;
    }
}
