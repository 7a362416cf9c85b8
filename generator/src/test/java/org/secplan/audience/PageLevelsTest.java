package org.secplan.audience;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageLevelsTest {
    private final ClassificationScheme scheme = ClassificationScheme.builtIn();
    private final PageLevels levels = new PageLevels(scheme);

    private static final String PAGE = """
            = A page
            :classification: internal

            == Open part

            Open text.

            [.classified-restricted]
            == Restricted part

            Restricted text.

            .Secret title
            [classification=secret]
            ----
            == not a heading, inside a listing
            secret listing
            ----

            Still restricted.

            === Restricted sub-section

            Sub text.

            == Back to internal

            [role="note classified-secret"]
            Secret paragraph.

            Internal again.
            """;

    @Test
    void readsThePageLevelAndFailsClosedOnAnUnknownOne() {
        assertEquals("Internal", levels.classify(PAGE).level().label());
        assertEquals(scheme.defaultLevel(), levels.classify("= No level\n\nText.\n").level());
        PageLevels.Page unknown = levels.classify("= Odd\n:classification: cosmic\n\nText.\n");
        assertEquals(scheme.highest(), unknown.level());
        assertEquals(java.util.List.of("cosmic"), unknown.unknown());
    }

    @Test
    void stripsSectionsAndBlocksAboveTheLevelKeepingLineNumbers() {
        PageLevels.Page page = levels.classify(PAGE);
        String internal = PageLevels.strip(PAGE, page, scheme.resolve("internal").orElseThrow());
        assertEquals(PAGE.split("\n", -1).length, internal.split("\n", -1).length);
        for (String gone : new String[] {"Restricted part", "Restricted text", "Secret title", "secret listing",
            "Still restricted", "Sub text", "Secret paragraph"}) {
            assertFalse(internal.contains(gone), gone);
        }
        for (String kept : new String[] {"Open text", "Back to internal", "Internal again"}) {
            assertTrue(internal.contains(kept), kept);
        }
        String restricted = PageLevels.strip(PAGE, page, scheme.resolve("restricted").orElseThrow());
        assertTrue(restricted.contains("Restricted text") && restricted.contains("Still restricted")
                && restricted.contains("Sub text"));
        assertFalse(restricted.contains("secret listing") || restricted.contains("Secret title")
                || restricted.contains("Secret paragraph"));
        assertEquals(PAGE, PageLevels.strip(PAGE, page, scheme.highest()));
    }
}
