/**
 * Loading a plan directory into a knowledge graph: finding its Turtle files ({@link org.secplan.plan.PlanSource}),
 * parsing each with positions recorded ({@link org.secplan.plan.TurtleFileParser},
 * {@link org.secplan.plan.SourceIndex}), collecting every problem as {@code file:line:col: message}
 * ({@link org.secplan.plan.PlanLoader}), and the read-only facade over the result ({@link org.secplan.plan.PlanGraph}).
 */
package org.secplan.plan;
