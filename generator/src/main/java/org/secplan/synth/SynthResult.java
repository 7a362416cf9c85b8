package org.secplan.synth;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@link PlanSynthesizer} wrote.
 *
 * @param directory the plan directory
 * @param files     every file written, relative to {@code directory}, in the order written
 * @param entities  how many entities of each kind (by class local name), sorted by kind
 * @param bytes     the total size of the files
 */
public record SynthResult(Path directory, List<String> files, Map<String, Integer> entities, long bytes) {

    public SynthResult {
        files = List.copyOf(files);
        entities = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(entities));
    }

    /** Every entity with an identifier, all kinds together. */
    public int entityCount() {
        return entities.values().stream().mapToInt(Integer::intValue).sum();
    }
}
