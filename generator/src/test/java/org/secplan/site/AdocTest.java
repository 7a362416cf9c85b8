package org.secplan.site;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AdocTest {
    @Test
    void everyMarkupCharacterBecomesACharacterReference() {
        String s = Adoc.text("<script>alert(1)</script> | *bold* {attr} link:javascript:x[y] pass:[z]");
        assertFalse(s.matches(".*[<>|*{}\\[\\]:].*"), s);
        assertEquals("a &#60;b&#62;", Adoc.text("  a\n <b>  "));
    }

    @Test
    void linksOnlyTakeSafeSitePaths() {
        assertEquals("link:site:/e/R-1.html[R&#45;1]", Adoc.link("e/R-1.html", "R-1"));
        assertThrows(IllegalArgumentException.class, () -> Adoc.link("../x.html", "x"));
        assertThrows(IllegalArgumentException.class, () -> Adoc.link("e/x.html[y]", "x"));
    }
}
