package org.secplan.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.secplan.base.Json;
import org.secplan.control.EntityChange;
import org.secplan.control.PageChange;
import org.secplan.control.PlanChanges;
import org.secplan.control.PropertyChange;

/**
 * What changed between two versions of a plan, for a terminal ({@code text}), a pull-request comment
 * ({@code markdown}) or another tool ({@code json}). Every format lists the same changes in the same order.
 */
public final class ChangesWriter {

    /** The output formats. */
    public enum Format { text, markdown, json }

    private final String previous;
    private final String current;

    /** @param previous what the earlier version is (a directory, a git revision, an endorsement); likewise current */
    public ChangesWriter(String previous, String current) {
        this.previous = previous;
        this.current = current;
    }

    public String write(PlanChanges changes, Format format) {
        return switch (format) {
            case text -> text(changes);
            case markdown -> markdown(changes);
            case json -> json(changes);
        };
    }

    private String text(PlanChanges changes) {
        StringBuilder t = new StringBuilder();
        for (EntityChange e : changes.entities()) {
            t.append(sign(e.kind())).append(' ').append(e.title()).append(e.kind() == EntityChange.Kind.changed ? "" : " " + e.kind()).append('\n');
            for (PropertyChange p : e.properties()) {
                t.append("    ").append(p.describe()).append('\n');
            }
        }
        for (PageChange p : changes.pages()) {
            t.append(sign(p.kind())).append(' ').append(p.describe()).append('\n');
        }
        return t.append(summary(changes)).append(" (").append(previous).append(" → ").append(current).append(")\n").toString();
    }

    private String markdown(PlanChanges changes) {
        StringBuilder m = new StringBuilder("### Security plan changes\n\n");
        m.append(cell(previous)).append(" → ").append(cell(current)).append(": ").append(summary(changes)).append("\n");
        if (!changes.entities().isEmpty()) {
            m.append("\n| Change | Element | Property | Before | After |\n|---|---|---|---|---|\n");
            for (EntityChange e : changes.entities()) {
                if (e.properties().isEmpty()) {
                    m.append("| ").append(e.kind()).append(" | ").append(cell(e.title())).append(" | | | |\n");
                }
                for (PropertyChange p : e.properties()) {
                    m.append("| ").append(e.kind()).append(" | ").append(cell(e.title())).append(" | ")
                            .append(cell(p.property())).append(" | ").append(cell(String.join(", ", p.previous())))
                            .append(" | ").append(cell(String.join(", ", p.current()))).append(" |\n");
                }
            }
        }
        if (!changes.pages().isEmpty()) {
            m.append("\n| Change | Page | Where |\n|---|---|---|\n");
            for (PageChange p : changes.pages()) {
                m.append("| ").append(p.kind()).append(" | ").append(cell(p.path())).append(" | ").append(cell(p.detail()))
                        .append(" |\n");
            }
        }
        return m.toString();
    }

    private String json(PlanChanges changes) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("previous", previous);
        doc.put("current", current);
        Map<String, Object> summary = new LinkedHashMap<>();
        for (EntityChange.Kind k : EntityChange.Kind.values()) {
            summary.put(k.name(), changes.entities().stream().filter(e -> e.kind() == k).count());
        }
        summary.put("pages", changes.pages().size());
        doc.put("summary", summary);
        List<Object> entities = new ArrayList<>();
        for (EntityChange e : changes.entities()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("change", e.kind().name());
            o.put("identifier", e.identifier());
            o.put("label", e.label());
            o.put("type", e.type());
            o.put("iri", e.iri());
            List<Object> properties = new ArrayList<>();
            for (PropertyChange p : e.properties()) {
                Map<String, Object> po = new LinkedHashMap<>();
                po.put("property", p.property());
                po.put("iri", p.iri());
                po.put("previous", p.previous());
                po.put("current", p.current());
                properties.add(po);
            }
            o.put("properties", properties);
            entities.add(o);
        }
        doc.put("changes", entities);
        List<Object> pages = new ArrayList<>();
        for (PageChange p : changes.pages()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("change", p.kind().name());
            o.put("path", p.path());
            o.put("detail", p.detail());
            pages.add(o);
        }
        doc.put("pages", pages);
        return Json.text(doc);
    }

    /** "2 added, 1 removed, 3 changed, 1 page" or "no changes". */
    public static String summary(PlanChanges changes) {
        if (changes.isEmpty()) {
            return "no changes";
        }
        List<String> parts = new ArrayList<>();
        for (EntityChange.Kind k : EntityChange.Kind.values()) {
            long n = changes.entities().stream().filter(e -> e.kind() == k).count();
            if (n > 0) {
                parts.add(n + " " + k.name());
            }
        }
        if (!changes.pages().isEmpty()) {
            parts.add(changes.pages().size() + (changes.pages().size() == 1 ? " page" : " pages"));
        }
        return String.join(", ", parts);
    }

    private static char sign(EntityChange.Kind kind) {
        return switch (kind) {
            case added -> '+';
            case removed -> '-';
            case changed -> '~';
        };
    }

    /** Markdown table cells: pipes, line breaks and markup characters escaped so a value cannot break the table. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", " ")
                .replaceAll("([*_`<>\\[\\]#])", "\\\\$1");
    }
}
