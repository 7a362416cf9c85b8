package org.secplan;

/**
 * The front door the tests share, as one run would: secplan's checks parsed once, one Asciidoctor engine for every
 * test that renders. It lives as long as the test JVM.
 */
public final class TestSecplan {
    private static final Secplan SHARED = Secplan.open();

    private TestSecplan() {
    }

    public static Secplan secplan() {
        return SHARED;
    }
}
