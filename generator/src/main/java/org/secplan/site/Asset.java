package org.secplan.site;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file of the site that is not a page: stylesheet, script, search index, image, licence.
 *
 * @param path    site-relative path
 * @param content the bytes to write
 */
public record Asset(String path, byte[] content) {
    public Asset {
        Objects.requireNonNull(path, "path");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Asset a && a.path.equals(path) && Arrays.equals(a.content, content);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "Asset[" + path + ", " + content.length + " bytes]";
    }
}
