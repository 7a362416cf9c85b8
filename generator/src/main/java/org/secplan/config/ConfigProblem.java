package org.secplan.config;

/** One bad line of secplan.properties. */
public record ConfigProblem(int line, int column, String message) {
}
