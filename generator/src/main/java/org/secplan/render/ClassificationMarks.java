package org.secplan.render;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.asciidoctor.ast.ContentNode;

/**
 * The classification mark of a parsed section or block: a role {@code classified-<level>} (written
 * {@code [.classified-secret]}, {@code [#id.lead.classified-secret]}, {@code [NOTE.classified-secret]},
 * {@code [role="x classified-secret"]} …) or an attribute {@code classification=<level>}, in any letter case.
 * Read from Asciidoctor's own parse, so every syntax Asciidoctor accepts is understood the way it applies it.
 */
final class ClassificationMarks {
    static final String ROLE_PREFIX = "classified-";
    static final String ATTRIBUTE = "classification";

    private ClassificationMarks() {
    }

    /** The level token a node is marked with (the first role, else the attribute); empty when it has none. */
    static Optional<String> of(ContentNode node) {
        for (String role : node.getRoles()) {
            if (role.toLowerCase(Locale.ROOT).startsWith(ROLE_PREFIX)) {
                return Optional.of(role.substring(ROLE_PREFIX.length()));
            }
        }
        return attribute(node.getAttributes());
    }

    /** The mark among a block macro's attributes, before the block exists. */
    static Optional<String> of(Map<String, Object> attributes) {
        Object role = attributes.get("role");
        if (role != null) {
            for (String r : role.toString().trim().split("\\s+")) {
                if (r.toLowerCase(Locale.ROOT).startsWith(ROLE_PREFIX)) {
                    return Optional.of(r.substring(ROLE_PREFIX.length()));
                }
            }
        }
        return attribute(attributes);
    }

    private static Optional<String> attribute(Map<String, Object> attributes) {
        for (Map.Entry<String, Object> a : attributes.entrySet()) {
            if (a.getKey().equalsIgnoreCase(ATTRIBUTE) && a.getValue() != null) {
                return Optional.of(a.getValue().toString().trim());
            }
        }
        return Optional.empty();
    }
}
