package org.secplan.plan;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIx;
import org.apache.jena.irix.IRIxResolver;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.FactoryRDF;
import org.apache.jena.riot.system.ParserProfileStd;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.tokens.Token;
import org.apache.jena.sparql.util.Context;

/**
 * RIOT's standard parser profile, remembering where each term was written so that each triple can be given the
 * positions of its subject and object. RIOT hands {@code createTriple} only the position of the token after the
 * object, so the position where each node was last created (every IRI, literal and blank node passes through a
 * {@code create...} method with its token's position) is kept and looked up when the triple is made.
 */
final class PositionRecordingProfile extends ParserProfileStd {

    private final String file;
    private final StatementListener listener;
    private final Map<Node, long[]> lastCreatedAt = new HashMap<>();

    PositionRecordingProfile(String file, FactoryRDF factory, ErrorHandler errorHandler, IRIxResolver resolver,
                             PrefixMap prefixMap, Context context, StatementListener listener) {
        super(factory, errorHandler, resolver, prefixMap, context, true, false);
        this.file = file;
        this.listener = listener;
    }

    @Override
    public Node createNodeFromToken(Node scope, Token token, long line, long col) {
        return remember(super.createNodeFromToken(scope, token, line, col), line, col);
    }

    @Override
    public Node createURI(String iriStr, long line, long col) {
        return remember(super.createURI(iriStr, line, col), line, col);
    }

    @Override
    public Node createURI(IRIx iri, long line, long col) {
        return remember(super.createURI(iri, line, col), line, col);
    }

    @Override
    public Node createTypedLiteral(String lexical, RDFDatatype datatype, long line, long col) {
        return remember(super.createTypedLiteral(lexical, datatype, line, col), line, col);
    }

    @Override
    public Node createLangLiteral(String lexical, String langTag, long line, long col) {
        return remember(super.createLangLiteral(lexical, langTag, line, col), line, col);
    }

    @Override
    public Node createStringLiteral(String lexical, long line, long col) {
        return remember(super.createStringLiteral(lexical, line, col), line, col);
    }

    @Override
    public Node createBlankNode(Node scope, long line, long col) {
        return remember(super.createBlankNode(scope, line, col), line, col);
    }

    @Override
    public Node createBlankNode(Node scope, String label, long line, long col) {
        return remember(super.createBlankNode(scope, label, line, col), line, col);
    }

    @Override
    public Triple createTriple(Node subject, Node predicate, Node object, long line, long col) {
        Triple triple = super.createTriple(subject, predicate, object, line, col);
        listener.statement(triple, at(subject, line, col), at(object, line, col));
        return triple;
    }

    private Node remember(Node node, long line, long col) {
        if (line > 0) {
            lastCreatedAt.put(node, new long[] {line, col});
        }
        return node;
    }

    private SourceLocation at(Node node, long line, long col) {
        long[] pos = lastCreatedAt.get(node);
        return pos == null ? new SourceLocation(file, (int) Math.max(line, 0), (int) Math.max(col, 0))
                : new SourceLocation(file, (int) pos[0], (int) pos[1]);
    }
}
