package org.secplan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.secplan.check.CheckInfo;
import org.secplan.check.Finding;
import org.secplan.base.Severity;
import org.secplan.query.QueryResult;
import org.secplan.query.Term;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class ExportWritersTest {

    private static final String NS = "https://plan.example/#";
    private static final List<CheckInfo> CHECKS = List.of(
            new CheckInfo("control-has-owner", "5.4.2", Severity.WARNING, "A control has an owner", CheckInfo.SHACL),
            new CheckInfo("mitigating-treatment-names-control", "5.3.4", Severity.ERROR,
                    "A mitigating treatment names a control", CheckInfo.SPARQL));
    private static final Finding ERROR = new Finding("mitigating-treatment-names-control", Severity.ERROR, "5.3.4",
            NS + "t1", "T-1", "T-1 Harden: names no control \"quoted\" <b>", "risks.ttl", 32);
    private static final Finding WARNING = new Finding("control-has-owner", Severity.WARNING, "5.4.2", NS + "c1",
            "C-1", "C-1 Gate: no owner", "controls.ttl", 7);
    private static final Finding INFO = new Finding("own-check", Severity.INFO, "5.5.4", NS + "c1", "C-1",
            "C-1 Gate: a note", null, 0);

    @Test
    void sarifHasOneRulePerCheckAndLocatedResults() {
        StringWriter out = new StringWriter();
        new SarifWriter("1.2.3", "src/plan", URI.create("file:///work/project/"))
                .write(CHECKS, List.of(ERROR, WARNING, INFO), out);
        JsonObject log = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertEquals("2.1.0", log.get("version").getAsString());
        JsonObject run = log.getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonArray rules = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
        assertEquals(3, rules.size(), "two known checks plus the plan's own check that only a finding names");
        assertEquals("file:///work/project/",
                run.getAsJsonObject("originalUriBaseIds").getAsJsonObject("PROJECTROOT").get("uri").getAsString());

        JsonArray results = run.getAsJsonArray("results");
        JsonObject error = results.get(0).getAsJsonObject();
        assertEquals("error", error.get("level").getAsString());
        JsonObject location = error.getAsJsonArray("locations").get(0).getAsJsonObject();
        JsonObject physical = location.getAsJsonObject("physicalLocation");
        assertEquals("src/plan/risks.ttl", physical.getAsJsonObject("artifactLocation").get("uri").getAsString());
        assertEquals("PROJECTROOT", physical.getAsJsonObject("artifactLocation").get("uriBaseId").getAsString());
        assertEquals(32, physical.getAsJsonObject("region").get("startLine").getAsInt());
        assertEquals(NS + "t1", location.getAsJsonArray("logicalLocations").get(0).getAsJsonObject()
                .get("fullyQualifiedName").getAsString());
        int ruleIndex = error.get("ruleIndex").getAsInt();
        assertEquals("mitigating-treatment-names-control", rules.get(ruleIndex).getAsJsonObject().get("id").getAsString());
        assertEquals("5.3.4", rules.get(ruleIndex).getAsJsonObject().getAsJsonObject("properties").get("clause").getAsString());

        JsonObject info = results.get(2).getAsJsonObject();
        assertEquals("note", info.get("level").getAsString());
        assertFalse(info.getAsJsonArray("locations").get(0).getAsJsonObject().has("physicalLocation"),
                "no physical location without a file");
    }

    @Test
    void sarifFingerprintIgnoresLineAndMessage() {
        Finding moved = new Finding(ERROR.checkId(), ERROR.severity(), ERROR.clause(), ERROR.focus(),
                ERROR.identifier(), "reworded", "risks.ttl", 90);
        assertEquals(fingerprint(ERROR), fingerprint(moved));
        assertNotEquals(fingerprint(ERROR), fingerprint(WARNING));
    }

    @Test
    void sarifIsRepeatable() {
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        new SarifWriter(null, "", null).write(CHECKS, List.of(ERROR, WARNING), a);
        new SarifWriter(null, "", null).write(CHECKS, List.of(ERROR, WARNING), b);
        assertEquals(a.toString(), b.toString());
        assertFalse(a.toString().contains("\r"));
    }

    @Test
    void junitHasOneCasePerCheckAndOneFailurePerFinding() throws Exception {
        StringWriter out = new StringWriter();
        Finding second = new Finding("control-has-owner", Severity.WARNING, "5.4.2", NS + "c2", "C-2",
                "C-2 Fence: no owner", "controls.ttl", 19);
        new JUnitXmlWriter("plan", "src/plan").write(CHECKS, List.of(ERROR, WARNING, second, INFO), out);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertEquals(3, cases.getLength());
        Map<String, Element> byName = new LinkedHashMap<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element e = (Element) cases.item(i);
            byName.put(e.getAttribute("name"), e);
        }
        Element owner = byName.get("control-has-owner");
        assertEquals("secplan.clause-5.4.2", owner.getAttribute("classname"));
        assertEquals(2, owner.getElementsByTagName("failure").getLength());
        assertTrue(owner.getElementsByTagName("failure").item(0).getTextContent().contains("src/plan/controls.ttl:7"));
        Element own = byName.get("own-check");
        assertEquals(0, own.getElementsByTagName("failure").getLength(), "INFO does not fail");
        assertEquals(1, own.getElementsByTagName("system-out").getLength());
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertEquals("3", suite.getAttribute("tests"));
        assertEquals("2", suite.getAttribute("failures"));
    }

    @Test
    void findingsJsonHasTheCliKeys() {
        StringWriter out = new StringWriter();
        new FindingsJsonWriter().write(List.of(ERROR, INFO), LocalDate.of(2026, 11, 1), out);
        JsonObject root = JsonParser.parseString(out.toString()).getAsJsonObject();
        JsonObject f = root.getAsJsonArray("findings").get(0).getAsJsonObject();
        assertEquals(List.of("id", "severity", "clause", "focus", "identifier", "message", "file", "line"),
                List.copyOf(f.keySet()));
        assertEquals(ERROR.message(), f.get("message").getAsString());
        assertTrue(root.getAsJsonArray("findings").get(1).getAsJsonObject().get("file").isJsonNull());
        assertEquals(1, root.getAsJsonObject("summary").get("errors").getAsInt());
        assertEquals("2026-11-01", root.getAsJsonObject("summary").get("asOf").getAsString());
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndEndsLinesWithCrlf() {
        Map<String, Term> row = new LinkedHashMap<>();
        row.put("id", Term.literal("C-1", null, null));
        row.put("label", Term.literal("Gate, \"north\"", null, null));
        QueryResult result = new QueryResult(List.of("id", "label", "unbound"), List.of(row));
        StringWriter out = new StringWriter();
        new QueryResultWriter().write(result, QueryResultWriter.Format.CSV, out);
        assertEquals("id,label,unbound\r\nC-1,\"Gate, \"\"north\"\"\",\r\n", out.toString());
    }

    @Test
    void jsonIsTheSparqlResultsFormat() {
        Map<String, Term> row = new LinkedHashMap<>();
        row.put("c", Term.iri("https://plan.example/#c-1"));
        row.put("n", Term.literal("3", "http://www.w3.org/2001/XMLSchema#integer", null));
        row.put("l", Term.literal("Tor", null, "de"));
        QueryResult result = new QueryResult(List.of("c", "n", "l", "unbound"), List.of(row));
        JsonObject root = JsonParser.parseString(new QueryResultWriter().text(result, QueryResultWriter.Format.JSON))
                .getAsJsonObject();
        assertEquals("[\"c\",\"n\",\"l\",\"unbound\"]", root.getAsJsonObject("head").get("vars").toString());
        JsonObject binding = root.getAsJsonObject("results").getAsJsonArray("bindings").get(0).getAsJsonObject();
        assertEquals("{\"type\":\"uri\",\"value\":\"https://plan.example/#c-1\"}", binding.get("c").toString());
        assertEquals("http://www.w3.org/2001/XMLSchema#integer", binding.getAsJsonObject("n").get("datatype").getAsString());
        assertEquals("de", binding.getAsJsonObject("l").get("xml:lang").getAsString());
        assertFalse(binding.has("unbound"));
    }

    @Test
    void tableAlignsColumnsAndKeepsEachRowOnOneLine() {
        Map<String, Term> row = new LinkedHashMap<>();
        row.put("id", Term.literal("C-1", null, null));
        row.put("note", Term.literal("two\nlines", null, null));
        QueryResult result = new QueryResult(List.of("id", "note"), List.of(row));
        assertEquals("id   note\n---  ---------\nC-1  two lines\n(1 row)\n",
                new QueryResultWriter().text(result, QueryResultWriter.Format.TABLE));
    }

    private static String fingerprint(Finding f) {
        StringWriter out = new StringWriter();
        new SarifWriter(null, "", null).write(CHECKS, List.of(f), out);
        return JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject()
                .getAsJsonArray("results").get(0).getAsJsonObject().getAsJsonObject("partialFingerprints")
                .get(SarifWriter.FINGERPRINT_KEY).getAsString();
    }
}
