/**
 * Checking a plan against ISO 22342: each check is one file ({@link org.secplan.check.ShaclCheck} for SHACL
 * shapes, {@link org.secplan.check.SparqlCheck} for SPARQL SELECTs projecting {@code ?focus ?message}), loaded
 * from secplan's bundled checks and the plan's own {@code checks/} folder by {@link org.secplan.check.CheckLoader};
 * {@link org.secplan.check.CheckSuite} runs them with the plan's overrides and produces an immutable
 * {@link org.secplan.check.CheckReport} of {@link org.secplan.check.Finding}s.
 */
package org.secplan.check;
