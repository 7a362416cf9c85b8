package org.secplan.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
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
                + "  \"a\": null,\n  \"n\": 3,\n  \"list\": []\n}\n", Json.text(o));
    }

    @Test
    void streamsTheSameBytesAsAWholeValue() {
        StringWriter out = new StringWriter();
        Json json = new Json(out);
        json.beginObject().name("rows").beginArray().beginObject().member("id", "C-1").member("n", 2).endObject()
                .endArray().member("empty", (String) null).endObject();
        json.finish();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", "C-1");
        row.put("n", 2);
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("rows", List.of(row));
        o.put("empty", null);
        assertEquals(Json.text(o), out.toString());
    }

    @Test
    void scriptStringsCannotCloseTheScript() {
        StringBuilder out = new StringBuilder();
        Json.appendScriptString(out, "</script> & \u2028");
        assertEquals("\"\\u003c/script\\u003e \\u0026 \\u2028\"", out.toString());
    }
}
