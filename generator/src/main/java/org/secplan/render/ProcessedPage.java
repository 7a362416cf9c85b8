package org.secplan.render;

import java.util.List;
import java.util.Set;

/** A processed page: its final HTML, the ids it defines, its outgoing internal links, its search document. */
public record ProcessedPage(String path, String html, Set<String> ids, List<PageLink> links, SearchDocument search,
                            List<String> removedRemote) {
}
