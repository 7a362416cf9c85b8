package org.secplan.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.secplan.base.BundledResources;

/** The named queries shipped in {@code secplan/queries/*.rq}, sorted by name. */
public final class NamedQueryCatalog {

    private final List<NamedQuery> queries;

    public NamedQueryCatalog(BundledResources resources) {
        List<NamedQuery> found = new ArrayList<>();
        for (BundledResources.Resource r : resources.list("secplan/queries", ".rq")) {
            RqHeader header = RqHeader.parse(r.text());
            String fileName = r.name().substring(0, r.name().length() - ".rq".length());
            String name = header.get("name").orElse(fileName);
            String title = header.get("title").orElse(name);
            List<String> parameters = header.get("parameters")
                    .map(p -> Arrays.stream(p.split("[,\\s]+")).map(s -> s.replaceFirst("^[?$]", ""))
                            .filter(s -> !s.isEmpty()).toList())
                    .orElse(List.of());
            found.add(new NamedQuery(new NamedQueryInfo(name, title, parameters), r.text()));
        }
        found.sort(java.util.Comparator.comparing(NamedQuery::name));
        this.queries = List.copyOf(found);
    }

    public List<NamedQuery> queries() {
        return queries;
    }

    public List<NamedQueryInfo> infos() {
        return queries.stream().map(NamedQuery::info).toList();
    }

    public Optional<NamedQuery> find(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    /** Like {@link #find} but failing with the list of known names. */
    public NamedQuery require(String name) {
        return find(name).orElseThrow(() -> new QueryRejectedException("no named query '" + name + "'; known: "
                + (queries.isEmpty() ? "(none)" : queries.stream().map(NamedQuery::name)
                        .collect(Collectors.joining(", ")))));
    }
}
