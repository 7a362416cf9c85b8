package org.secplan.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.secplan.audience.ClassificationLevel;
import org.secplan.audience.NeedToKnow;
import org.secplan.audience.PageLevels;
import org.secplan.base.Severity;
import org.secplan.check.Finding;
import org.secplan.plan.Entity;
import org.secplan.plan.PlanGraph;
import org.secplan.site.NarrativeSource;
import org.secplan.site.PlanPages;

/**
 * Findings about the narrative pages, for the full edition only (they name pages and identifiers of any level):
 * unknown levels, and text that quotes or embeds an entity above the level of the page or section. The site build
 * and {@code check} for the audience that reads everything both take them from here.
 */
final class PageFindings {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}._-]*");

    private PageFindings() {
    }

    static List<Finding> of(PlanGraph plan, NeedToKnow ntk) {
        PageLevels pageLevels = new PageLevels(ntk.scheme());
        List<Finding> out = new ArrayList<>();
        Map<String, ClassificationLevel> levels = new HashMap<>();
        for (Entity e : plan.entities()) {
            ntk.classification().levelOf(e.iri()).ifPresent(l -> levels.putIfAbsent(e.identifier(), l));
        }
        for (NarrativeSource page : PlanPages.read(plan.directory()).narrative()) {
            PageLevels.Page p = pageLevels.classify(page.content());
            String[] lines = page.content().split("\n", -1);
            for (String token : p.unknown()) {
                int line = lineOf(lines, token);
                out.add(new Finding("page-classification-is-known", Severity.ERROR, "3.1", page.file(), page.file(),
                        page.file() + ":" + line + ": unknown classification level '" + token + "'; the page or "
                                + "section is treated as the highest level, " + ntk.scheme().highest().label()
                                + ", and appears only in the edition that reads everything", page.file(), line));
            }
            for (int i = 0; i < lines.length; i++) {
                ClassificationLevel here = PageLevels.levelAt(p, i);
                Matcher m = TOKEN.matcher(lines[i]);
                while (m.find()) {
                    String id = m.group().replaceAll("[.]+$", "");
                    ClassificationLevel level = levels.get(id);
                    if (level == null || level.rank() <= here.rank()) {
                        continue;
                    }
                    boolean embeds = lines[i].contains("entity:" + id + "[") || lines[i].contains("trace::" + id + "[")
                            || lines[i].matches(".*query::.*\\b" + Pattern.quote(id) + "\\b.*");
                    out.add(new Finding(embeds ? "page-embeds-above-level" : "page-quotes-above-level",
                            Severity.ERROR, "3.1", page.file(), page.file(),
                            page.file() + ":" + (i + 1) + ": " + (embeds ? "embeds" : "quotes") + " '" + id
                                    + "', which is classified " + level.label() + ", in text classified "
                                    + here.label() + (embeds ? "; lower editions show it as 'withheld'"
                                            : "; readers of " + here.label() + " would see the identifier"),
                            page.file(), i + 1));
                }
            }
        }
        return out;
    }

    private static int lineOf(String[] lines, String token) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(token) && lines[i].contains("classif")) {
                return i + 1;
            }
        }
        return 1;
    }
}
