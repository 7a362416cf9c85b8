/**
 * Document control: what top management endorses and what changed since. {@link org.secplan.control.PlanContent}
 * is the endorsed content of a plan (its statements, less the endorsement records, and its narrative pages);
 * {@link org.secplan.control.PlanSnapshot} its canonical form (RDFC-1.0) and digest, kept beside the plan when it is
 * endorsed; {@link org.secplan.control.PlanDiff} compares two versions entity by entity.
 */
package org.secplan.control;
