package org.secplan.render;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The few shapes a cache entry is written in: length-prefixed UTF-8 texts, absent texts and lists of texts. */
final class CacheStreams {
    private CacheStreams() {
    }

    /** Marks an absent text; no file name or path holds a NUL. */
    static final String NULL = "\u0000";

    static String nullable(DataInputStream in) throws IOException {
        String s = text(in);
        return s.equals(NULL) ? null : s;
    }

    static void text(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String text(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 512 * 1024 * 1024) {
            throw new IOException("damaged cache entry");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            text(out, s);
        }
    }

    static List<String> strings(DataInputStream in) throws IOException {
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
