package org.secplan.plan;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Remembers, across all files of a plan, where things were written: each subject's first statement (the
 * {@link SourceIndex}), each {@code dcterms:identifier} value and each IRI an {@code sp:} property points at.
 */
final class StatementRecorder implements StatementListener {

    /** A {@code dcterms:identifier} statement and where its value is written. */
    record IdentifierSighting(String identifier, Node subject, SourceLocation at) {
    }

    /** An IRI object of an {@code sp:} property and where it is written. */
    record ReferenceSighting(Node subject, Node object, Node predicate, SourceLocation at) {
    }

    private final SourceIndex.Builder index = new SourceIndex.Builder();
    private final List<IdentifierSighting> identifiers = new ArrayList<>();
    private final List<ReferenceSighting> references = new ArrayList<>();

    @Override
    public void statement(Triple triple, SourceLocation subjectAt, SourceLocation objectAt) {
        index.stated(triple.getSubject(), subjectAt);
        Node p = triple.getPredicate();
        Node o = triple.getObject();
        if (p.equals(Vocabulary.TYPE) || p.equals(Vocabulary.IDENTIFIER)) {
            index.defined(triple.getSubject(), subjectAt);
        }
        if (p.equals(Vocabulary.IDENTIFIER) && o.isLiteral()) {
            identifiers.add(new IdentifierSighting(o.getLiteralLexicalForm(), triple.getSubject(), objectAt));
        }
        if (p.isURI() && p.getURI().startsWith(Vocabulary.SP) && o.isURI()) {
            references.add(new ReferenceSighting(triple.getSubject(), o, p, objectAt));
        }
    }

    SourceIndex index() {
        return index.build();
    }

    List<IdentifierSighting> identifiers() {
        return identifiers;
    }

    List<ReferenceSighting> references() {
        return references;
    }
}
