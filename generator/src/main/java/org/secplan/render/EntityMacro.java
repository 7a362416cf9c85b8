package org.secplan.render;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.InlineMacroProcessor;
import org.asciidoctor.extension.Name;
import org.jsoup.nodes.Entities;
import org.secplan.base.Severity;
import org.secplan.plan.Entity;
import org.secplan.site.Adoc;

/**
 * {@code entity:R-012[]}: a link to the entity's page showing its label ({@code entity:R-012[text]} shows the
 * text instead, {@code entity:R-012[format=id]} the identifier, {@code format=full} both). An unknown identifier
 * is an ERROR finding naming the page's file and line; the text then shows the identifier, marked as unresolved.
 */
@Name("entity")
final class EntityMacro extends InlineMacroProcessor {
    private final RenderContext context;

    EntityMacro(RenderContext context) {
        this.context = context;
    }

    /** What the macro puts in the page: a link to the entity, or neutral text when withheld or unknown. */
    record Shown(String role, String text, String target) {
    }

    @Override
    public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        int line = parent.getSourceLocation() == null ? 0 : parent.getSourceLocation().getLineNumber();
        Shown shown = produce(target, MacroCall.strings(attributes), line);
        Map<String, Object> attrs = new HashMap<>();
        attrs.put("role", shown.role());
        Map<String, Object> options = new HashMap<>();
        if (shown.target() == null || context.printing()) {
            options.put("type", ":unquoted");
            return createPhraseNode(parent, "quoted", shown.text(), attrs, options);
        }
        options.put("type", ":link");
        options.put("target", shown.target());
        return createPhraseNode(parent, "anchor", shown.text(), attrs, options);
    }

    /** Reads the plan for one use of the macro and records it (see {@link MacroReplay}). */
    Shown produce(String target, Map<String, String> attributes, int line) {
        return context.record(new MacroCall(MacroCall.ENTITY, target, attributes), shown(target, attributes, line));
    }

    private Shown shown(String target, Map<String, String> attributes, int line) {
        Optional<Entity> e = context.index().byIdentifier(target);
        if (e.isEmpty() && context.isWithheld(target)) {
            // withheld from this edition: neutral text, no link, no finding (the full edition validates it)
            return new Shown("sp-withheld", "withheld", null);
        }
        if (e.isEmpty()) {
            context.report("render-unknown-identifier", Severity.ERROR, context.lineOf("entity:" + target + "[", line),
                    "unknown identifier '" + target + "' in entity macro");
            return new Shown("sp-unresolved", Entities.escape(target), null);
        }
        Entity entity = e.get();
        String text = attributes.get("text");
        if (text == null) {
            text = attributes.get("1");
        }
        String format = attributes.getOrDefault("format", "label");
        String shown = text != null && !text.isBlank() ? text
                : switch (format) {
                    case "id" -> entity.identifier();
                    case "full" -> entity.title();
                    default -> entity.label();
                };
        // the phrase text goes out verbatim, so it is escaped here, the one place this package writes text
        return new Shown("sp-entity", Entities.escape(shown), Adoc.SITE_SCHEME + context.paths().entity(entity));
    }
}
