package org.secplan.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.AttributesBuilder;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.extension.JavaExtensionRegistry;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.secplan.base.Severity;

/**
 * One Asciidoctor engine: SECURE safe mode, attributes that pages cannot override, the plan macros registered once
 * as instances over the engine's own {@link RenderContext}, which each edition binds to its plan in turn. Pages are
 * converted from strings (their HTML is written by the caller); Asciidoctor's warnings and errors become findings
 * with the page's file and line.
 *
 * <p>Starting the engine (JRuby) takes seconds: {@link EnginePool} starts one per run and lends it to every
 * edition.
 */
public final class AsciidocConverter implements AutoCloseable {

    /**
     * Attributes locked from the API; a trailing {@code !} unsets and locks. Nothing may reach the network or the
     * file system, nothing may point at a CDN, output must not depend on the clock.
     */
    static final Map<String, Object> LOCKED = locked();

    private static Map<String, Object> locked() {
        Map<String, Object> a = new TreeMap<>();
        for (String off : List.of("allow-uri-read", "webfonts", "iconfont-remote", "data-uri", "docinfo",
                "source-highlighter", "stem", "icons", "sectanchors", "toc", "include-depth-exceeded")) {
            a.put(off + "!", "");
        }
        a.put("reproducible", "");
        a.put("linkcss", "");
        a.put("stylesdir", "assets");
        a.put("stylesheet", "secplan.css");
        a.put("copycss!", "");
        a.put("max-include-depth", "0");
        a.put("attribute-missing", "warn");
        a.put("idprefix", "");
        a.put("idseparator", "-");
        a.put("outfilesuffix", ".html");
        a.put("relfilesuffix", ".html");
        a.put("experimental", "");
        a.put("hide-uri-scheme!", "");
        return a;
    }

    private static final java.util.regex.Pattern MISSING_ATTRIBUTE =
            java.util.regex.Pattern.compile("missing attribute: ([A-Za-z0-9_][A-Za-z0-9_-]*)");
    /**
     * Asciidoctor's own console logger. Every message reaches secplan through its log handler and is reported as a
     * finding with its file and line, so the engine's raw, dated log lines are kept off the user's terminal.
     */
    private static final java.util.logging.Logger ENGINE_LOG = java.util.logging.Logger.getLogger("asciidoctor");

    static {
        ENGINE_LOG.setUseParentHandlers(false);
    }

    private final Asciidoctor asciidoctor;
    private final Options options;
    private final RenderContext context;
    private final List<LogRecord> pending = new ArrayList<>();
    private final LogHandler handler = pending::add;

    private AsciidocConverter(Asciidoctor engine, RenderContext context) {
        this.context = context;
        this.asciidoctor = engine;
        this.asciidoctor.registerLogHandler(handler);
        AttributesBuilder attributes = Attributes.builder();
        LOCKED.forEach(attributes::attribute);
        this.options = Options.builder().safe(SafeMode.SECURE).standalone(false).sourcemap(true)
                .attributes(attributes.build()).build();
        if (context != null) {
            JavaExtensionRegistry registry = asciidoctor.javaExtensionRegistry();
            registry.inlineMacro(new EntityMacro(context));
            registry.blockMacro(new TraceMacro(context));
            registry.blockMacro(new HeatmapMacro(context));
            registry.blockMacro(new QueryMacro(context));
            registry.block(new QueryBlock(context));
            registry.treeprocessor(new ClassifiedContent(context));
        }
    }

    /** Converts a small page of the kinds the site is made of, a few times, so that the engine's code is loaded. */
    static void warmUp(Asciidoctor engine) {
        String page = SiteResources.text("secplan/site/warm-up.adoc");
        Options options = Options.builder().safe(SafeMode.SECURE).standalone(false).build();
        for (int i = 0; i < 5; i++) {
            engine.convert(page, options);
        }
    }

    /** The plan macros on an engine already started, over a context bound later; closing the converter closes it. */
    static AsciidocConverter withPlanMacros(Asciidoctor engine) {
        return new AsciidocConverter(engine, new RenderContext());
    }

    /** The context the plan macros of this engine read: bind it to an edition before converting its pages. */
    RenderContext context() {
        return context;
    }

    /** An engine with the same locked settings and no extensions: the baseline for measuring the macros' cost. */
    public static AsciidocConverter bare() {
        return new AsciidocConverter(Asciidoctor.Factory.create(), null);
    }

    /**
     * Converts one page body to an HTML fragment.
     *
     * @param path   the page's site path (names generated pages in findings)
     * @param source the page's plan-relative source file, or null for generated pages
     */
    public String convert(String path, String source, String asciidoc) {
        if (context != null) {
            context.enter(path, source, asciidoc);
        }
        pending.clear();
        String html = asciidoctor.convert(asciidoc, options);
        if (context != null) {
            for (LogRecord r : pending) {
                Severity severity = switch (r.getSeverity()) {
                    case WARN -> Severity.WARNING;
                    case ERROR, FATAL -> Severity.ERROR;
                    default -> null;
                };
                if (severity != null) {
                    int line = r.getCursor() == null ? lineNamed(asciidoc, r.getMessage())
                            : r.getCursor().getLineNumber();
                    context.report("asciidoctor", severity, line, r.getMessage());
                }
            }
        }
        pending.clear();
        return html == null ? "" : html;
    }

    /**
     * The line a message without a cursor is about: Asciidoctor reports a missing attribute by name only, so the
     * first line that references it ({@code {name}}); 0 when the message names nothing to look for.
     */
    static int lineNamed(String asciidoc, String message) {
        java.util.regex.Matcher m = MISSING_ATTRIBUTE.matcher(message);
        if (!m.find()) {
            return 0;
        }
        String[] lines = asciidoc.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("{" + m.group(1) + "}")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** A PDF and what Asciidoctor said while making it ("WARN: message"), for the caller to report. */
    record Pdf(byte[] bytes, List<String> errors, List<String> warnings) {
    }

    /**
     * Converts one whole document to PDF with asciidoctor-pdf, through the plan macros in print mode (see
     * {@link RenderContext#printing()}) and the same pruning of marked content as every page. The settings are the
     * locked ones of the pages (SECURE, no URI reads) plus {@code attributes}; the base directory is
     * {@code jail}, an empty directory of the caller's, so that the document can read no file of the plan or of
     * the machine (images show their alternative text). The PDF is written to memory, never to a path.
     */
    Pdf pdf(String path, String asciidoc, Map<String, Object> attributes, java.io.File jail) {
        AttributesBuilder a = Attributes.builder();
        // the caller may turn on what the pages keep off (a table of contents), never anything else
        LOCKED.forEach((k, v) -> {
            if (!attributes.containsKey(k.replace("!", ""))) {
                a.attribute(k, v);
            }
        });
        attributes.forEach(a::attribute);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Options pdf = Options.builder().safe(SafeMode.SECURE).backend("pdf").standalone(true).baseDir(jail)
                .toStream(out).attributes(a.build()).build();
        context.enter(path, null, asciidoc);
        context.printing(true);
        pending.clear();
        try {
            asciidoctor.convert(asciidoc, pdf);
            List<String> errors = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            for (LogRecord r : pending) {
                switch (r.getSeverity()) {
                    case ERROR, FATAL -> errors.add(r.getMessage());
                    case WARN -> warnings.add(r.getMessage());
                    default -> { }
                }
            }
            return new Pdf(out.toByteArray(), errors, warnings);
        } finally {
            pending.clear();
            context.printing(false);
        }
    }

    /**
     * Parses a page without converting it, for its classification marks: the plan macros produce nothing meanwhile
     * and nothing is recorded or reported (see {@link PageOutline}).
     */
    org.asciidoctor.ast.Document outline(String asciidoc) {
        context.outlining(true);
        pending.clear();
        try {
            return asciidoctor.load(asciidoc, options);
        } finally {
            pending.clear();
            context.outlining(false);
        }
    }

    @Override
    public void close() {
        asciidoctor.unregisterLogHandler(handler);
        asciidoctor.close();
    }
}
