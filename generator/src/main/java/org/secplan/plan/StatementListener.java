package org.secplan.plan;

import org.apache.jena.graph.Triple;

/** Told about each triple as it is parsed, with the positions of its subject and object in the file. */
interface StatementListener {
    void statement(Triple triple, SourceLocation subjectAt, SourceLocation objectAt);
}
