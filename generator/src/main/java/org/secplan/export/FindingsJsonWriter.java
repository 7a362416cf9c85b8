package org.secplan.export;

import org.secplan.base.Json;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

import org.secplan.check.Finding;
import org.secplan.base.Severity;

/**
 * Writes findings as JSON: an object whose {@code findings} array holds one object per finding with the
 * keys {@code id}, {@code severity}, {@code clause}, {@code focus}, {@code identifier}, {@code message},
 * {@code file} and {@code line}, followed by a {@code summary} with {@code total}, {@code errors},
 * {@code warnings}, {@code infos} and {@code asOf} — the shape of {@code secplan check --format json}. {@code file} is relative to the plan directory;
 * {@code file} is {@code null} and {@code line} is 0 when the entity's source is unknown.
 */
public final class FindingsJsonWriter {

    /** Writes {@code findings}, in the order given, checked as of {@code asOf} (null when unknown), to {@code out}. */
    public void write(List<Finding> findings, LocalDate asOf, Writer out) {
        write(findings, asOf, null, out);
    }

    /** Likewise, with the plan's content digest in the summary ({@code digest}) when it is not null. */
    public void write(List<Finding> findings, LocalDate asOf, String digest, Writer out) {
        Json json = new Json(out);
        json.beginObject();
        json.name("findings").beginArray();
        for (Finding f : findings) {
            json.beginObject()
                .member("id", f.checkId())
                .member("severity", f.severity().name())
                .member("clause", f.clause())
                .member("focus", f.focus())
                .member("identifier", f.identifier())
                .member("message", f.message())
                .member("file", f.file())
                .member("line", f.line())
                .endObject();
        }
        json.endArray();
        json.name("summary").beginObject();
        json.member("total", findings.size())
            .member("errors", count(findings, Severity.ERROR))
            .member("warnings", count(findings, Severity.WARNING))
            .member("infos", count(findings, Severity.INFO))
            .member("asOf", asOf == null ? null : asOf.toString());
        if (digest != null) {
            json.member("digest", digest);
        }
        json.endObject();
        json.endObject();
        json.finish();
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
