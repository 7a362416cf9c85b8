package org.secplan.render;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The one allow-list for every attribute that holds a URL, applied to a page body after the sanitizer as a second
 * lock: a relative reference, a fragment, or an {@code http(s)}, {@code mailto} or secplan {@code site:} URL;
 * never {@code javascript:}, {@code data:}, {@code vbscript:} or any other scheme, however it is spelled.
 */
final class UrlAttributes {
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "cite", "action", "formaction",
            "xlink:href", "srcset", "poster", "data", "background", "longdesc", "usemap", "manifest", "ping");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    private static final List<String> ALLOWED = List.of("http", "https", "mailto", "site");
    /** Control characters and white space browsers skip inside a scheme ("java\tscript:"). */
    private static final Pattern IGNORED = Pattern.compile("[\\x00-\\x20\\x7f]");

    private UrlAttributes() {
    }

    static void removeUnsafe(Node root) {
        if (root instanceof Element e) {
            for (Element el : e.getAllElements()) {
                for (Attribute a : el.attributes().asList()) {
                    if (URL_ATTRIBUTES.contains(a.getKey().toLowerCase(Locale.ROOT)) && !allowed(a.getKey(), a.getValue())) {
                        el.removeAttr(a.getKey());
                    }
                }
            }
        }
    }

    static boolean allowed(String attribute, String value) {
        if (attribute.equalsIgnoreCase("srcset")) {
            for (String candidate : value.split(",")) {
                String url = candidate.trim().split("\\s+")[0];
                if (!allowed("src", url)) {
                    return false;
                }
            }
            return true;
        }
        String v = IGNORED.matcher(value).replaceAll("").toLowerCase(Locale.ROOT);
        var m = SCHEME.matcher(v);
        return !m.find() || ALLOWED.contains(m.group(1));
    }
}
