package org.secplan.render;

import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Text as a reader sees it: no control characters (tab and newline aside) and no bidirectional embedding, override
 * or isolate controls, which could make a label read differently from what it holds (a "Trojan source" title).
 * The plain marks LRM and RLM stay, since right-to-left writing needs them.
 */
final class VisibleText {
    private static final Pattern HIDDEN = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");

    private VisibleText() {
    }

    static String of(String text) {
        return text == null ? null : HIDDEN.matcher(text).replaceAll("");
    }

    /** Cleans every text node and attribute value of {@code root} in place. */
    static void clean(Node root) {
        root.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode t && HIDDEN.matcher(t.getWholeText()).find()) {
                t.text(of(t.getWholeText()));
            } else if (node instanceof Element e) {
                for (Attribute a : e.attributes().asList()) {
                    if (HIDDEN.matcher(a.getValue()).find()) {
                        e.attr(a.getKey(), of(a.getValue()));
                    }
                }
            }
        });
    }
}
