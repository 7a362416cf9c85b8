package org.secplan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrintMarkingTest {

    @Test
    void printsTheLevelInTheTopAndBottomMarginBoxes() {
        String css = PrintMarking.css("Internal");
        assertTrue(css.contains("@top-center { content: \"CLASSIFICATION: INTERNAL\";"), css);
        assertTrue(css.contains("@bottom-center { content: \"CLASSIFICATION: INTERNAL\";"), css);
    }

    @Test
    void aLevelLabelCannotEndTheStringOrTheRule() {
        String quoted = PrintMarking.quoted("x\"; } body { display: none } </style> \\ \u00c9\n");
        assertEquals("\"x\\\"; } body { display: none } \\3c /style\\3e  \\\\ \\c9 \\a \"", quoted);
        assertFalse(quoted.substring(1, quoted.length() - 1).matches(".*(?<!\\\\)\".*"), quoted);
    }
}
