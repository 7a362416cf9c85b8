/**
 * Synthetic security plans for tests and benchmarks: {@link org.secplan.synth.PlanSynthesizer} writes a seeded,
 * deterministic plan of a given {@link org.secplan.synth.SynthSize} (Turtle files, secplan.properties and a few
 * pages) that checks clean, through a streaming {@link org.secplan.synth.TurtleWriter}; the benchmark that runs
 * secplan over such plans is {@link org.secplan.synth.Benchmark}. This package writes text only; it does not
 * touch Jena.
 */
package org.secplan.synth;
