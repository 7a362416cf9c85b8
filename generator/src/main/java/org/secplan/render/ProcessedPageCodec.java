package org.secplan.render;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.secplan.render.CacheStreams.NULL;
import static org.secplan.render.CacheStreams.nullable;
import static org.secplan.render.CacheStreams.strings;
import static org.secplan.render.CacheStreams.text;

/** Writes and reads a post-processed page in a cache entry: its HTML, ids, links, search document and notes. */
final class ProcessedPageCodec {
    private ProcessedPageCodec() {
    }

    static void write(DataOutputStream out, ProcessedPage r) throws IOException {
        text(out, r.path());
        text(out, r.html());
        strings(out, List.copyOf(r.ids()));
        out.writeInt(r.links().size());
        for (PageLink l : r.links()) {
            text(out, l.fromPage());
            text(out, l.fromSource() == null ? NULL : l.fromSource());
            text(out, l.targetPath());
            text(out, l.fragment() == null ? NULL : l.fragment());
            text(out, l.href());
        }
        SearchDocument d = r.search();
        for (String part : new String[] {d.path(), d.title(), d.identifier(), d.kind(), d.excerpt(), d.text()}) {
            text(out, part);
        }
        strings(out, r.removedRemote());
    }

    static ProcessedPage read(DataInputStream in) throws IOException {
        String path = text(in);
        String html = text(in);
        Set<String> ids = new LinkedHashSet<>(strings(in));
        List<PageLink> links = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            links.add(new PageLink(text(in), nullable(in), text(in), nullable(in), text(in)));
        }
        SearchDocument search = new SearchDocument(text(in), text(in), text(in),
                text(in), text(in), text(in));
        return new ProcessedPage(path, html, ids, links, search, strings(in));
    }
}
