package org.secplan.query;

import org.apache.jena.graph.Node;

/** Converts Jena nodes to {@link Term}s at the package boundary. */
public final class Terms {
    private Terms() {
    }

    public static Term toTerm(Node node) {
        if (node.isURI()) {
            return Term.iri(node.getURI());
        }
        if (node.isBlank()) {
            return Term.blank(node.getBlankNodeLabel());
        }
        if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            return Term.literal(node.getLiteralLexicalForm(), node.getLiteralDatatypeURI(),
                    lang == null || lang.isEmpty() ? null : lang);
        }
        return Term.literal(node.toString(), null, null);
    }
}
