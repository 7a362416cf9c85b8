package org.secplan.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RqHeaderTest {

    @Test
    void readsKeyValueCommentsBeforeTheQuery() {
        RqHeader h = RqHeader.parse("""
                # name: control-impact
                # title: What a control protects
                #
                # parameters: control
                PREFIX sp: <https://w3id.org/secplan/ns#>
                # ignored: after the query started
                SELECT * {}""");
        assertEquals("control-impact", h.get("name").orElseThrow());
        assertEquals("What a control protects", h.get("title").orElseThrow());
        assertEquals("control", h.get("parameters").orElseThrow());
        assertEquals(4, h.lineOf("parameters"));
        assertTrue(h.get("ignored").isEmpty());
        assertEquals(java.util.Set.of(), h.repeated());
    }

    @Test
    void theFirstLineOfAKeyCountsAndARepeatedKeyIsNamed() {
        RqHeader h = RqHeader.parse("# classification: internal\n# Classification: secret\nSELECT * {}");
        assertEquals("internal", h.get("classification").orElseThrow());
        assertEquals(1, h.lineOf("classification"));
        assertEquals(java.util.Set.of("classification"), h.repeated());
    }
}
