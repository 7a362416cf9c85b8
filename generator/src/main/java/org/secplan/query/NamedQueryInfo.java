package org.secplan.query;

import java.util.List;

/**
 * What a named query is, as its header says.
 *
 * @param name       the name ({@code # name:}), also its file name without {@code .rq}
 * @param title      one line saying what it answers ({@code # title:})
 * @param parameters variables a caller may bind by entity identifier ({@code # parameters:})
 */
public record NamedQueryInfo(String name, String title, List<String> parameters) {
    public NamedQueryInfo {
        parameters = List.copyOf(parameters);
    }
}
