package org.secplan.check;

import java.util.List;

/** One check of a plan, defined by one file. */
public interface Check {

    CheckInfo info();

    /** Where the check is defined, for messages: a classpath path or a path in the plan directory. */
    String origin();

    /** The entities of the plan that fail the check. */
    List<Violation> run(CheckInput input);
}
