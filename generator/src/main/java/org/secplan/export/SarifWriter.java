package org.secplan.export;

import org.secplan.base.Digest;

import org.secplan.base.Json;
import java.io.Writer;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.secplan.check.CheckInfo;
import org.secplan.check.Finding;
import org.secplan.base.Severity;

/**
 * Writes findings as a SARIF 2.1.0 log, the format GitHub code scanning and other dashboards import.
 *
 * <p>One run, tool {@code secplan}; one rule per check (its title, its ISO 22342 clause in the rule's
 * {@code properties}, its default level) and one result per finding with the level of the finding's
 * severity, the plan file and line as the physical location and the entity IRI as a logical location.
 * File URIs are relative to a base directory named {@value #URI_BASE_ID} (for the Maven plugin, the
 * project directory); when the base is given as an absolute URI it is recorded in
 * {@code originalUriBaseIds}, which lets upload tools turn the paths into repository paths.
 *
 * <p>Each result carries a {@code partialFingerprints} entry computed from the check id and the entity
 * IRI only, so it stays the same when lines move or the wording of a message changes; dashboards use it
 * to track a finding from one run to the next.
 */
public final class SarifWriter {

    /** The {@code uriBaseId} of every file location. */
    public static final String URI_BASE_ID = "PROJECTROOT";
    /** The key of our fingerprint in {@code partialFingerprints}. */
    public static final String FINGERPRINT_KEY = "secplanFinding/v1";

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final String toolVersion;
    private final String prefix;
    private final URI baseUri;

    /**
     * @param toolVersion the secplan version to record, or null
     * @param planDirectoryPrefix the plan directory relative to the base, for example {@code src/plan};
     *        empty when the base is the plan directory itself
     * @param baseUri the base directory as an absolute {@code file:} URI, or null to leave it to the reader
     */
    public SarifWriter(String toolVersion, String planDirectoryPrefix, URI baseUri) {
        this.toolVersion = toolVersion;
        this.prefix = ReportLocations.prefix(planDirectoryPrefix);
        this.baseUri = baseUri;
    }

    /** Writes a log of {@code findings} in the order given, with a rule for every check and every check id found. */
    public void write(List<CheckInfo> checks, List<Finding> findings, Writer out) {
        write(checks, findings, null, out);
    }

    /** Likewise, with the plan's content digest in the run's property bag ({@code contentDigest}) when not null. */
    public void write(List<CheckInfo> checks, List<Finding> findings, String digest, Writer out) {
        Map<String, CheckInfo> rules = Rules.of(checks, findings);
        Map<String, Integer> ruleIndex = new HashMap<>();
        int i = 0;
        for (String id : rules.keySet()) {
            ruleIndex.put(id, i++);
        }

        Json json = new Json(out);
        json.beginObject()
            .member("$schema", SCHEMA)
            .member("version", "2.1.0");
        json.name("runs").beginArray().beginObject();

        json.name("tool").beginObject().name("driver").beginObject()
            .member("name", "secplan")
            .member("fullName", "secplan: security plans as code (ISO 22342)");
        if (toolVersion != null) {
            json.member("version", toolVersion);
        }
        json.name("rules").beginArray();
        for (CheckInfo check : rules.values()) {
            writeRule(json, check);
        }
        json.endArray().endObject().endObject();

        if (baseUri != null) {
            String uri = baseUri.toString();
            json.name("originalUriBaseIds").beginObject()
                .name(URI_BASE_ID).beginObject()
                .member("uri", uri.endsWith("/") ? uri : uri + "/")
                .endObject().endObject();
        }

        json.name("results").beginArray();
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : findings) {
            writeResult(json, f, ruleIndex.get(f.checkId()), seen);
        }
        json.endArray();
        json.member("columnKind", "utf16CodeUnits");
        if (digest != null) {
            json.name("properties").beginObject().member("contentDigest", digest).endObject();
        }
        json.endObject().endArray().endObject();
        json.finish();
    }

    private static void writeRule(Json json, CheckInfo check) {
        json.beginObject()
            .member("id", check.id())
            .name("shortDescription").beginObject().member("text", check.title()).endObject()
            .name("fullDescription").beginObject()
            .member("text", check.title() + " (ISO 22342 clause " + check.clause() + ")").endObject()
            .name("defaultConfiguration").beginObject().member("level", level(check.defaultSeverity())).endObject()
            .name("properties").beginObject()
            .member("clause", check.clause());
        if (check.kind() != null) {
            json.member("kind", check.kind());
        }
        json.name("tags").beginArray().value("security").value("iso22342").value("clause-" + check.clause()).endArray()
            .endObject()
            .endObject();
    }

    private void writeResult(Json json, Finding f, int ruleIndex, Map<String, Integer> seen) {
        json.beginObject()
            .member("ruleId", f.checkId())
            .member("ruleIndex", ruleIndex)
            .member("level", level(f.severity()))
            .name("message").beginObject().member("text", f.message()).endObject();

        json.name("locations").beginArray().beginObject();
        if (ReportLocations.hasFile(f)) {
            json.name("physicalLocation").beginObject()
                .name("artifactLocation").beginObject()
                .member("uri", prefix + f.file())
                .member("uriBaseId", URI_BASE_ID)
                .endObject();
            if (f.line() > 0) {
                json.name("region").beginObject().member("startLine", f.line()).endObject();
            }
            json.endObject();
        }
        json.name("logicalLocations").beginArray().beginObject();
        if (f.identifier() != null) {
            json.member("name", f.identifier());
        }
        json.member("fullyQualifiedName", f.focus())
            .member("kind", "object")
            .endObject().endArray();
        json.endObject().endArray();

        String key = f.checkId() + '\u0000' + f.focus();
        int occurrence = seen.merge(key, 1, Integer::sum);
        json.name("partialFingerprints").beginObject()
            .member(FINGERPRINT_KEY, Digest.ofText(occurrence == 1 ? key : key + '\u0000' + occurrence))
            .endObject();

        json.name("properties").beginObject()
            .member("clause", f.clause())
            .member("severity", f.severity().name());
        if (f.identifier() != null) {
            json.member("identifier", f.identifier());
        }
        json.endObject();
        json.endObject();
    }

    /** SARIF's level for a severity: error, warning, note. */
    public static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** The rules of a report: every known check plus any check id that only the findings name (the plan's own checks). */
    static final class Rules {
        private Rules() {
        }

        static Map<String, CheckInfo> of(List<CheckInfo> checks, List<Finding> findings) {
            Map<String, CheckInfo> rules = new TreeMap<>();
            for (CheckInfo c : checks) {
                rules.putIfAbsent(c.id(), c);
            }
            for (Finding f : findings) {
                rules.computeIfAbsent(f.checkId(),
                        id -> new CheckInfo(id, f.clause(), f.severity(), id.replace('-', ' ').toLowerCase(Locale.ROOT), "plan"));
            }
            return rules;
        }
    }
}
