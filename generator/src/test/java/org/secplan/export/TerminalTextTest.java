package org.secplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.secplan.query.QueryResult;
import org.secplan.query.Term;

/** A label cannot rewrite a terminal line: escapes and bidi controls in query tables are shown, not obeyed. */
class TerminalTextTest {
    private static final String HOSTILE = "Pump\u001B[1A\u001B[2K\rFAKE: 0 findings \u202Eevil\u200B";

    @Test
    void controlAndFormatCharactersAreShownAsEscapes() {
        assertEquals("Pump\\u{001B}[1A\\u{001B}[2K FAKE", TerminalText.visible("Pump\u001B[1A\u001B[2K FAKE"));
        assertEquals("tab\tstays", TerminalText.visible("tab\tstays"));
        assertEquals("a\\u{202E}b\\u{200B}", TerminalText.visible("a\u202Eb\u200B"));
    }

    @Test
    void aQueryTableShowsNoRawEscape() {
        QueryResult result = new QueryResult(List.of("label"), List.of(Map.of("label", Term.literal(HOSTILE, null, null))));
        String table = String.join("\n", new QueryResultWriter().tableLines(result));
        assertFalse(table.chars().anyMatch(c -> c == 0x1B || c == '\r' || c == 0x202E || c == 0x200B), table);
    }
}
