package org.secplan.export;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.secplan.base.SecplanException;
import org.secplan.check.CheckInfo;
import org.secplan.check.Finding;
import org.secplan.base.Severity;

/**
 * Writes a check run as a JUnit XML report (the "Ant/Surefire" format that Jenkins, GitLab, Azure DevOps
 * and most CI servers display): one test suite {@code secplan}, one test case per check (class name
 * {@code secplan.clause-<clause>}, name the check id) and one {@code <failure>} per ERROR or WARNING finding
 * of that check, its type the severity. INFO findings do not fail a test case; they are listed in the test
 * case's {@code <system-out>}, so a CI server shows them without marking the build unstable.
 * Durations are 0 and no timestamp is written, so the report is repeatable.
 */
public final class JUnitXmlWriter {

    private final String suiteName;
    private final String prefix;

    /**
     * @param suiteName the test suite's name, for example the Maven module's artifact id
     * @param planDirectoryPrefix the plan directory relative to the report's reader, for example {@code src/plan}
     */
    public JUnitXmlWriter(String suiteName, String planDirectoryPrefix) {
        this.suiteName = suiteName == null || suiteName.isBlank() ? "secplan" : suiteName;
        this.prefix = ReportLocations.prefix(planDirectoryPrefix);
    }

    /** Writes one test case per check in {@code checks} (and per check id only the findings name). */
    public void write(List<CheckInfo> checks, List<Finding> findings, Writer out) {
        write(checks, findings, null, out);
    }

    /** Likewise, with the plan's content digest as the suite property {@code secplan.contentDigest} when not null. */
    public void write(List<CheckInfo> checks, List<Finding> findings, String digest, Writer out) {
        Map<String, CheckInfo> rules = SarifWriter.Rules.of(checks, findings);
        Map<String, List<Finding>> byCheck = new LinkedHashMap<>();
        rules.keySet().forEach(id -> byCheck.put(id, new ArrayList<>()));
        findings.forEach(f -> byCheck.get(f.checkId()).add(f));
        long failures = findings.stream().filter(JUnitXmlWriter::fails).count();
        long failedCases = byCheck.values().stream().filter(l -> l.stream().anyMatch(JUnitXmlWriter::fails)).count();

        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            nl(xml, 0);
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", suiteName);
            xml.writeAttribute("tests", Integer.toString(rules.size()));
            xml.writeAttribute("failures", Long.toString(failedCases));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("time", "0");
            nl(xml, 1);
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", suiteName);
            xml.writeAttribute("tests", Integer.toString(rules.size()));
            xml.writeAttribute("failures", Long.toString(failedCases));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeAttribute("time", "0");
            nl(xml, 2);
            xml.writeStartElement("properties");
            nl(xml, 3);
            xml.writeEmptyElement("property");
            xml.writeAttribute("name", "secplan.findings");
            xml.writeAttribute("value", Long.toString(findings.size()));
            nl(xml, 3);
            xml.writeEmptyElement("property");
            xml.writeAttribute("name", "secplan.failures");
            xml.writeAttribute("value", Long.toString(failures));
            if (digest != null) {
                nl(xml, 3);
                xml.writeEmptyElement("property");
                xml.writeAttribute("name", "secplan.contentDigest");
                xml.writeAttribute("value", digest);
            }
            nl(xml, 2);
            xml.writeEndElement();
            for (CheckInfo check : rules.values()) {
                writeCase(xml, check, byCheck.get(check.id()));
            }
            nl(xml, 1);
            xml.writeEndElement();
            nl(xml, 0);
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new SecplanException("cannot write the JUnit XML report: " + e.getMessage(), e);
        }
    }

    private void writeCase(XMLStreamWriter xml, CheckInfo check, List<Finding> findings) throws XMLStreamException {
        nl(xml, 2);
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "secplan.clause-" + check.clause());
        xml.writeAttribute("name", check.id());
        xml.writeAttribute("time", "0");
        StringBuilder infos = new StringBuilder();
        for (Finding f : findings) {
            if (fails(f)) {
                nl(xml, 3);
                xml.writeStartElement("failure");
                xml.writeAttribute("type", f.severity().name());
                xml.writeAttribute("message", clean(f.message()));
                xml.writeCharacters(clean(describe(check, f)));
                xml.writeEndElement();
            } else {
                infos.append(describe(check, f)).append('\n');
            }
        }
        if (!infos.isEmpty()) {
            nl(xml, 3);
            xml.writeStartElement("system-out");
            xml.writeCharacters(clean(infos.toString()));
            xml.writeEndElement();
        }
        if (!findings.isEmpty()) {
            nl(xml, 2);
        }
        xml.writeEndElement();
    }

    private String describe(CheckInfo check, Finding f) {
        String where = ReportLocations.fileAndLine(prefix, f);
        return f.severity() + " " + check.id() + " (clause " + f.clause() + "): "
                + (f.identifier() == null ? "" : f.identifier() + " ") + "<" + f.focus() + ">"
                + (where == null ? "" : " at " + where) + "\n" + f.message();
    }

    private static boolean fails(Finding f) {
        return f.severity() == Severity.ERROR || f.severity() == Severity.WARNING;
    }

    private static void nl(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** Drops the characters XML 1.0 cannot carry at all. */
    private static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
