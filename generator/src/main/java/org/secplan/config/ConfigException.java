package org.secplan.config;

import java.util.List;
import java.util.stream.Collectors;

import org.secplan.base.SecplanException;

/** secplan.properties has one or more bad lines; holds them all. */
public class ConfigException extends SecplanException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final transient List<ConfigProblem> problems;

    public ConfigException(String file, List<ConfigProblem> problems) {
        super(problems.stream()
                .map(p -> file + ":" + p.line() + ":" + p.column() + ": " + p.message())
                .collect(Collectors.joining("\n")));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
