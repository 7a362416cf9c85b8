package org.secplan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * secplan's layers, top to bottom, and the libraries each may touch (see "How secplan is built" in the README).
 * An import that runs back up a layer, or a cycle between packages or between classes, fails the build.
 */
@AnalyzeClasses(packages = "org.secplan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersRunOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Adapters").definedBy("org.secplan.cli..", "org.secplan.synth..")
            .layer("Front door").definedBy("org.secplan")
            .layer("Build").definedBy("org.secplan.build..")
            .layer("Output").definedBy("org.secplan.render..", "org.secplan.site..", "org.secplan.export..")
            .layer("Checks").definedBy("org.secplan.check..")
            .layer("Need-to-know").definedBy("org.secplan.audience..")
            .layer("Plan").definedBy("org.secplan.plan..", "org.secplan.query..", "org.secplan.config..",
                    "org.secplan.control..")
            .layer("Base").definedBy("org.secplan.base..")
            .whereLayer("Adapters").mayNotBeAccessedByAnyLayer()
            .whereLayer("Front door").mayOnlyBeAccessedByLayers("Adapters")
            .whereLayer("Build").mayOnlyBeAccessedByLayers("Front door", "Adapters")
            .whereLayer("Output").mayOnlyBeAccessedByLayers("Build", "Front door", "Adapters")
            .whereLayer("Checks").mayOnlyBeAccessedByLayers("Output", "Build", "Front door", "Adapters")
            .whereLayer("Need-to-know").mayOnlyBeAccessedByLayers("Checks", "Output", "Build", "Front door",
                    "Adapters")
            .whereLayer("Plan").mayOnlyBeAccessedByLayers("Need-to-know", "Checks", "Output", "Build",
                    "Front door", "Adapters")
            .whereLayer("Base").mayOnlyBeAccessedByLayers("Plan", "Need-to-know", "Checks", "Output", "Build",
                    "Front door", "Adapters");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.secplan.(**)").should().beFreeOfCycles();

    /** No two classes depend on each other, however indirectly (a nested class counts as its top-level class). */
    @ArchTest
    static final ArchRule classesAreFreeOfCycles = slices().assignedFrom(new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            JavaClass top = c;
            while (top.getEnclosingClass().isPresent()) {
                top = top.getEnclosingClass().get();
            }
            return top.getPackageName().startsWith("org.secplan") ? SliceIdentifier.of(top.getName())
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "every top-level class of secplan";
        }
    }).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyRenderTouchesAsciidoctor = noClasses().that().resideOutsideOfPackage("org.secplan.render..")
            .should().dependOnClassesThat().resideInAPackage("org.asciidoctor..");

    @ArchTest
    static final ArchRule onlyRenderAndSiteTouchJsoup = noClasses().that()
            .resideOutsideOfPackages("org.secplan.render..", "org.secplan.site..")
            .should().dependOnClassesThat().resideInAPackage("org.jsoup..");

    @ArchTest
    static final ArchRule onlyTheCliTouchesPicocli = noClasses().that().resideOutsideOfPackage("org.secplan.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule jenaStaysBelowTheFrontDoor = noClasses().that()
            .resideInAnyPackage("org.secplan", "org.secplan.cli..", "org.secplan.synth..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.jena..");
}
