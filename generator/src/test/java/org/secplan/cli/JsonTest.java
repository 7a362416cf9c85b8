package org.secplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void escapesStringsAndKeepsKeyOrder() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("b", "quote \" backslash \\ newline \n tab \t bell \u0007");
        o.put("a", null);
        o.put("n", 3);
        o.put("list", List.of());
        assertEquals("{\n  \"b\": \"quote \\\" backslash \\\\ newline \\n tab \\t bell \\u0007\",\n"
                + "  \"a\": null,\n  \"n\": 3,\n  \"list\": []\n}\n", Json.write(o));
    }
}
