/**
 * Need-to-know (ISO 22342, 3.1): classification levels, audiences, and the filter that derives each
 * audience's view of a plan.
 *
 * <p>The pipeline calls {@link org.secplan.audience.NeedToKnow} once per plan, then asks it for one
 * {@link org.secplan.audience.AudienceView} per audience <em>before</em> checks run and before anything is
 * rendered or exported, so that every later step sees only what the audience may read. Unknown or
 * missing levels fail closed: they are treated as the highest level of the scheme (the checks
 * {@code classification-level-known} and {@code leak-identifier-quoted} report them).
 *
 * <p>Only this package decides what an audience may read; renderers never filter on their own.
 */
package org.secplan.audience;
