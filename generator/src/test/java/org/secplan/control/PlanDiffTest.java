package org.secplan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secplan.TestSecplan.secplan;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secplan.TestPlans;
import org.secplan.cli.Main;
import org.secplan.plan.PlanGraph;
import org.secplan.query.QueryResult;

/**
 * The element-by-element comparison behind {@code secplan diff}, the {@code plan-diff} query and the endorsement
 * check: one edit of each kind gives exactly its row, and nothing else shows — in particular a changed value that
 * other elements also use (the old query's blind spot) and a blank-node structure rewritten with the same content.
 */
class PlanDiffTest {

    private static final String OLD = TestPlans.PREFIXES + """
            @prefix spk: <https://w3id.org/secplan/concept/> .
            :ROLE-1 a sp:Role ; dcterms:identifier "ROLE-1" ; rdfs:label "Security manager" ;
                sp:requiredCompetence [ a sp:CompetenceRequirement ; sp:competence :CMP-1 ; sp:level 3 ] ,
                                      [ a sp:CompetenceRequirement ; sp:competence :CMP-2 ; sp:level 2 ] .
            :ROLE-2 a sp:Role ; dcterms:identifier "ROLE-2" ; rdfs:label "Site manager" .
            :CMP-1 a sp:Competence ; dcterms:identifier "CMP-1" ; rdfs:label "Risk assessment" .
            :CMP-2 a sp:Competence ; dcterms:identifier "CMP-2" ; rdfs:label "Incident handling" .
            :C-1 a sp:Control ; dcterms:identifier "C-1" ; rdfs:label "Gate access" ;
                sp:status spk:status-tested ; sp:owner :ROLE-1 .
            :C-2 a sp:Control ; dcterms:identifier "C-2" ; rdfs:label "Fence" ;
                sp:status spk:status-tested ; sp:owner :ROLE-1 .
            :C-3 a sp:Control ; dcterms:identifier "C-3" ; rdfs:label "Patrols" ;
                sp:status spk:status-implemented ; sp:owner :ROLE-2 .
            :T-1 a sp:Treatment ; dcterms:identifier "T-1" ; rdfs:label "Control access" ; sp:implementedBy :C-1 .
            :T-2 a sp:Treatment ; dcterms:identifier "T-2" ; rdfs:label "Harden the perimeter" ; sp:implementedBy :C-2 .
            :R-1 a sp:Risk ; dcterms:identifier "R-1" ; rdfs:label "Intruder at the intake" ;
                sp:owner :ROLE-1 ; sp:residualLikelihood spk:likelihood-3 ; sp:residualConsequence spk:consequence-3 ;
                sp:treatedBy :T-1 , :T-2 .
            :R-2 a sp:Risk ; dcterms:identifier "R-2" ; rdfs:label "Flooding of the pump house" ; sp:owner :ROLE-1 .
            """;

    /** Seven edits: status, owner, rating, removed treatment, added and deleted element, label, blank-node value. */
    private static final String NEW = TestPlans.PREFIXES + """
            @prefix spk: <https://w3id.org/secplan/concept/> .
            :CMP-2 a sp:Competence ; dcterms:identifier "CMP-2" ; rdfs:label "Incident handling" .
            :CMP-1 a sp:Competence ; dcterms:identifier "CMP-1" ; rdfs:label "Risk assessment" .
            :ROLE-1 a sp:Role ; dcterms:identifier "ROLE-1" ; rdfs:label "Security manager" ;
                sp:requiredCompetence [ sp:level 2 ; sp:competence :CMP-2 ; a sp:CompetenceRequirement ] ,
                                      [ a sp:CompetenceRequirement ; sp:competence :CMP-1 ; sp:level 4 ] .
            :ROLE-2 a sp:Role ; dcterms:identifier "ROLE-2" ; rdfs:label "Site manager" .
            :C-1 a sp:Control ; dcterms:identifier "C-1" ; rdfs:label "Gate access" ;
                sp:status spk:status-implemented ; sp:owner :ROLE-1 .
            :C-2 a sp:Control ; dcterms:identifier "C-2" ; rdfs:label "Fence" ;
                sp:status spk:status-tested ; sp:owner :ROLE-2 .
            :T-1 a sp:Treatment ; dcterms:identifier "T-1" ; rdfs:label "Control access" ; sp:implementedBy :C-1 .
            :T-2 a sp:Treatment ; dcterms:identifier "T-2" ; rdfs:label "Harden the whole perimeter" ; sp:implementedBy :C-2 .
            :T-3 a sp:Treatment ; dcterms:identifier "T-3" ; rdfs:label "Flood barrier" .
            :R-1 a sp:Risk ; dcterms:identifier "R-1" ; rdfs:label "Intruder at the intake" ;
                sp:owner :ROLE-1 ; sp:residualLikelihood spk:likelihood-4 ; sp:residualConsequence spk:consequence-3 ;
                sp:treatedBy :T-1 .
            :R-2 a sp:Risk ; dcterms:identifier "R-2" ; rdfs:label "Flooding of the pump house" ; sp:owner :ROLE-1 .
            """;

    private static final List<String> EXPECTED_ROWS = List.of(
            "changed C-1 Control | lifecycle status | Tested | Implemented",
            "changed C-2 Control | owner | ROLE-1 | ROLE-2",
            "removed C-3 Control |  |  | ",
            "changed R-1 Risk | residual likelihood | Possible | Likely",
            "changed R-1 Risk | treated by | T-2 | ",
            "changed ROLE-1 Role | required competence | [competence CMP-1; level 3; type competence requirement] "
                    + "| [competence CMP-1; level 4; type competence requirement]",
            "changed T-2 Treatment | label | Harden the perimeter | Harden the whole perimeter",
            "added T-3 Treatment |  |  | ");

    @TempDir
    static Path dir;
    private static Path oldPlan;
    private static Path newPlan;
    private static PlanGraph previous;
    private static PlanGraph current;

    @BeforeAll
    static void plans() {
        oldPlan = dir.resolve("old");
        newPlan = dir.resolve("new");
        TestPlans.write(oldPlan, "plan.ttl", OLD);
        TestPlans.write(newPlan, "plan.ttl", NEW);
        previous = secplan().load(oldPlan);
        current = secplan().load(newPlan);
    }

    @Test
    void reportsEveryKindOfEditAndNothingElse() {
        List<String> rows = new ArrayList<>();
        for (EntityChange e : PlanDiff.entities(previous, current)) {
            if (e.properties().isEmpty()) {
                rows.add(e.kind() + " " + e.identifier() + " " + e.type() + " |  |  | ");
            }
            for (PropertyChange p : e.properties()) {
                rows.add(e.kind() + " " + e.identifier() + " " + e.type() + " | " + p.property() + " | "
                        + String.join(", ", p.previous()) + " | " + String.join(", ", p.current()));
            }
        }
        assertEquals(EXPECTED_ROWS, rows);
    }

    @Test
    void theSameVersionHasNoChanges() {
        assertTrue(PlanDiff.entities(current, secplan().load(newPlan)).isEmpty());
    }

    @Test
    void thePlanDiffQueryGivesOneRowPerChange() {
        QueryResult r = secplan().namedQuery(current, previous, "plan-diff", Map.of());
        assertEquals(List.of("change", "identifier", "label", "type", "property", "previous", "current", "details"),
                r.columns());
        List<String> rows = r.rows().stream().map(row -> row.get("change").value() + " " + row.get("identifier").value()
                + " " + row.get("type").value() + " | " + row.get("property").value() + " | "
                + row.get("previous").value() + " | " + row.get("current").value()).toList();
        assertEquals(EXPECTED_ROWS, rows);
        assertEquals("lifecycle status: Tested → Implemented", r.rows().get(0).get("details").value());
    }

    @Test
    void theDiffCommandGivesTheSameChangesAsTextMarkdownAndJson() {
        String text = run("diff", oldPlan.toString(), newPlan.toString());
        assertEquals("""
                ~ C-1 'Gate access' (Control)
                    lifecycle status: Tested → Implemented
                ~ C-2 'Fence' (Control)
                    owner: ROLE-1 → ROLE-2
                - C-3 'Patrols' (Control) removed
                ~ R-1 'Intruder at the intake' (Risk)
                    residual likelihood: Possible → Likely
                    treated by: T-2 → (none)
                ~ ROLE-1 'Security manager' (Role)
                    required competence: [competence CMP-1; level 3; type competence requirement] → [competence CMP-1; level 4; type competence requirement]
                ~ T-2 'Harden the whole perimeter' (Treatment)
                    label: Harden the perimeter → Harden the whole perimeter
                + T-3 'Flood barrier' (Treatment) added
                1 added, 1 removed, 5 changed""", text.substring(0, text.lastIndexOf(" (")));

        String markdown = run("diff", oldPlan.toString(), newPlan.toString(), "--format", "markdown");
        assertTrue(markdown.contains("| changed | C-1 'Gate access' (Control) | lifecycle status | Tested | Implemented |"),
                markdown);
        assertTrue(markdown.contains("| removed | C-3 'Patrols' (Control) | | | |"), markdown);
        assertTrue(markdown.contains("| added | T-3 'Flood barrier' (Treatment) | | | |"), markdown);
        assertTrue(markdown.contains("| changed | ROLE-1 'Security manager' (Role) | required competence | "
                + "\\[competence CMP-1; level 3; type competence requirement\\] | "
                + "\\[competence CMP-1; level 4; type competence requirement\\] |"), markdown);
        assertEquals(8, markdown.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Change")).count(), markdown);

        String json = run("diff", oldPlan.toString(), newPlan.toString(), "--format", "json");
        String compact = json.replaceAll("\\s+", "");
        assertTrue(compact.contains("\"summary\":{\"added\":1,\"removed\":1,\"changed\":5,\"pages\":0}"), json);
        assertTrue(compact.contains("{\"property\":\"residuallikelihood\",\"iri\":"
                + "\"https://w3id.org/secplan/ns#residualLikelihood\",\"previous\":[\"Possible\"],"
                + "\"current\":[\"Likely\"]}"), json);
        assertEquals(7, json.lines().filter(l -> l.contains("\"change\":")).count(), json);
    }

    @Test
    void aCommittedVersionOfTheSamePlanIsComparedWithGit() throws Exception {
        Path repo = dir.resolve("repo");
        Path plan = repo.resolve("security/plan");
        TestPlans.write(plan, "plan.ttl", OLD);
        git(repo, "init", "-q");
        git(repo, "add", ".");
        git(repo, "-c", "user.name=Plan author", "-c", "user.email=author@plan.test.example", "commit", "-q", "-m", "v1");
        TestPlans.write(plan, "plan.ttl", NEW);
        String json = run("diff", plan.toString(), "--git", "HEAD", "--format", "json");
        assertTrue(json.replaceAll("\\s+", "").contains("\"summary\":{\"added\":1,\"removed\":1,\"changed\":5,"
                + "\"pages\":0}"), json);
        assertEquals("", git(repo, "status", "--porcelain", "--untracked-files=no").replace(" M security/plan/plan.ttl\n", ""),
                "the work tree and index are left as they were");
    }

    private static String git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        return out.toString();
    }
}
