package org.secplan.render;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.InlineMacroProcessor;
import org.asciidoctor.extension.Name;
import org.jsoup.nodes.Entities;
import org.secplan.check.Severity;
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

    @Override
    public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        Optional<Entity> e = context.index().byIdentifier(target);
        if (e.isEmpty() && context.isWithheld(target)) {
            // withheld from this edition: neutral text, no link, no finding (the full edition validates it)
            Map<String, Object> attrs = new HashMap<>();
            attrs.put("role", "sp-withheld");
            Map<String, Object> options = new HashMap<>();
            options.put("type", ":unquoted");
            return createPhraseNode(parent, "quoted", "withheld", attrs, options);
        }
        if (e.isEmpty()) {
            int line = parent.getSourceLocation() == null ? 0 : parent.getSourceLocation().getLineNumber();
            context.report("render-unknown-identifier", Severity.ERROR, context.lineOf("entity:" + target + "[", line),
                    "unknown identifier '" + target + "' in entity macro");
            Map<String, Object> attrs = new HashMap<>();
            attrs.put("role", "sp-unresolved");
            Map<String, Object> options = new HashMap<>();
            options.put("type", ":unquoted");
            return createPhraseNode(parent, "quoted", Entities.escape(target), attrs, options);
        }
        Entity entity = e.get();
        Object text = attributes.get("text");
        if (text == null) {
            text = attributes.get("1");
        }
        String format = String.valueOf(attributes.getOrDefault("format", "label"));
        String shown = text != null && !String.valueOf(text).isBlank() ? String.valueOf(text)
                : switch (format) {
                    case "id" -> entity.identifier();
                    case "full" -> entity.identifier() + " " + entity.label();
                    default -> entity.label();
                };
        Map<String, Object> options = new HashMap<>();
        options.put("type", ":link");
        options.put("target", Adoc.SITE_SCHEME + context.paths().entity(entity));
        Map<String, Object> attrs = new HashMap<>();
        attrs.put("role", "sp-entity");
        // the phrase text goes out verbatim, so it is escaped here, the one place this package writes text
        return createPhraseNode(parent, "anchor", Entities.escape(shown), attrs, options);
    }
}
