package org.secplan.render;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.secplan.render.RenderCache.NULL;
import static org.secplan.render.RenderCache.nullable;
import static org.secplan.render.RenderCache.text;

/** Writes and reads a post-processed page in a cache entry: its HTML, ids, links, search document and notes. */
final class ProcessedPageCodec {
    private ProcessedPageCodec() {
    }

    static void write(DataOutputStream out, HtmlPostProcessor.Result r) throws IOException {
        text(out, r.path());
        text(out, r.html());
        strings(out, List.copyOf(r.ids()));
        out.writeInt(r.links().size());
        for (HtmlPostProcessor.Link l : r.links()) {
            text(out, l.fromPage());
            text(out, l.fromSource() == null ? NULL : l.fromSource());
            text(out, l.targetPath());
            text(out, l.fragment() == null ? NULL : l.fragment());
            text(out, l.href());
        }
        HtmlPostProcessor.SearchDocument d = r.search();
        for (String part : new String[] {d.path(), d.title(), d.identifier(), d.kind(), d.excerpt(), d.text()}) {
            text(out, part);
        }
        strings(out, r.removedRemote());
    }

    static HtmlPostProcessor.Result read(DataInputStream in) throws IOException {
        String path = text(in);
        String html = text(in);
        Set<String> ids = new LinkedHashSet<>(strings(in));
        List<HtmlPostProcessor.Link> links = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            links.add(new HtmlPostProcessor.Link(text(in), nullable(in), text(in), nullable(in), text(in)));
        }
        HtmlPostProcessor.SearchDocument search = new HtmlPostProcessor.SearchDocument(text(in), text(in), text(in),
                text(in), text(in), text(in));
        return new HtmlPostProcessor.Result(path, html, ids, links, search, strings(in));
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            text(out, s);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("damaged cache entry");
        }
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(text(in));
        }
        return out;
    }
}
