package org.secplan.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * An SVG from the plan's pages as the site may serve it: opened on its own (a link to the image), an SVG is a
 * document that runs scripts, so only drawing survives. Elements and attributes pass an allow-list of static
 * graphics; no script, event handler, {@code foreignObject}, style sheet, entity or external reference
 * ({@code href} only to a fragment of the same image, {@code url()} only to {@code #id}).
 */
final class SvgSanitizer {
    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "symbol", "use", "title", "desc",
            "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textpath",
            "lineargradient", "radialgradient", "stop", "clippath", "mask", "pattern", "marker", "metadata");
    private static final Set<String> ATTRIBUTES = Set.of("id", "class", "x", "y", "x1", "x2", "y1", "y2", "cx",
            "cy", "r", "rx", "ry", "dx", "dy", "d", "points", "width", "height", "viewbox", "preserveaspectratio",
            "transform", "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity",
            "stroke-linecap", "stroke-linejoin", "stroke-dasharray", "stroke-dashoffset", "stroke-miterlimit",
            "opacity", "font-family", "font-size", "font-weight", "font-style", "text-anchor",
            "dominant-baseline", "letter-spacing", "offset", "stop-color", "stop-opacity", "gradientunits",
            "gradienttransform", "spreadmethod", "fx", "fy", "clip-path", "clip-rule", "mask", "markerwidth",
            "markerheight", "refx", "refy", "orient", "markerunits", "marker-start", "marker-mid", "marker-end",
            "patternunits", "patterntransform", "clippathunits", "maskunits", "role", "aria-label",
            "aria-labelledby", "aria-describedby", "aria-hidden", "xmlns", "xmlns:xlink", "version", "lang",
            "xml:space", "href", "xlink:href", "style", "visibility", "display", "color");
    private static final Pattern FRAGMENT = Pattern.compile("#[A-Za-z_][A-Za-z0-9_.:-]*");
    private static final Pattern URL_CALL = Pattern.compile("(?i)url\\s*\\(");
    private static final Pattern LOCAL_URL = Pattern.compile("(?i)url\\(\\s*['\"]?#[A-Za-z_][A-Za-z0-9_.:-]*['\"]?\\s*\\)");

    private SvgSanitizer() {
    }

    /** The sanitized image; an SVG whose root is not {@code <svg>} comes out as an empty drawing. */
    static byte[] sanitize(byte[] svg) {
        Document doc = Jsoup.parse(new String(svg, StandardCharsets.UTF_8), "", Parser.xmlParser());
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml);
        Element root = doc.children().stream().filter(e -> e.normalName().equals("svg")).findFirst().orElse(null);
        Document out = new Document("");
        out.outputSettings(doc.outputSettings());
        Element clean = root == null ? new Element("svg") : cleanElement(root);
        clean.attr("xmlns", "http://www.w3.org/2000/svg");
        out.appendChild(clean);
        return out.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    private static Element cleanElement(Element source) {
        Element copy = new Element(source.tagName());
        for (Attribute a : source.attributes()) {
            String name = a.getKey().toLowerCase(Locale.ROOT);
            if (ATTRIBUTES.contains(name) && safeValue(name, a.getValue())) {
                copy.attr(a.getKey(), a.getValue());
            }
        }
        for (Node child : new ArrayList<>(source.childNodes())) {
            if (child instanceof Element e) {
                if (ELEMENTS.contains(e.normalName().toLowerCase(Locale.ROOT))) {
                    copy.appendChild(cleanElement(e));
                }
            } else if (child instanceof TextNode t) {
                copy.appendChild(new TextNode(t.getWholeText()));
            }
            // anything else — comments, script and style data, processing instructions, doctypes — is dropped
        }
        return copy;
    }

    private static boolean safeValue(String name, String value) {
        if (name.equals("href") || name.equals("xlink:href")) {
            return FRAGMENT.matcher(value.trim()).matches();
        }
        if (name.startsWith("xmlns")) {
            return List.of("http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink").contains(value.trim());
        }
        String v = value.toLowerCase(Locale.ROOT);
        if (v.contains("javascript:") || v.contains("expression(") || v.contains("@import") || v.contains("\\")) {
            return false;
        }
        // url() only to an element of the same image: anything else would be a request when the image opens
        return URL_CALL.matcher(value).results().count() == LOCAL_URL.matcher(value).results().count();
    }
}
