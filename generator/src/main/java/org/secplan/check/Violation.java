package org.secplan.check;

import org.apache.jena.graph.Node;

/** What a check reports before it becomes a {@link Finding}: the entity concerned and what is wrong. */
record Violation(Node focus, String message) {
}
