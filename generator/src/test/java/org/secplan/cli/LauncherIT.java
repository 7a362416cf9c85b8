package org.secplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher script {@code target/secplan} that the build puts beside the jar, run as a user runs it. */
class LauncherIT {

    record Run(int exit, String out, String err) {
    }

    private static final Path JAR = Path.of(System.getProperty("secplan.jar", "target/secplan.jar"));
    private static final Path LAUNCHER = Path.of(System.getProperty("secplan.launcher", "target/secplan"));
    private static final Path RESOURCES = Path.of(System.getProperty("secplan.testResources", "src/test/resources"));
    private static final String PLAN = RESOURCES.resolve("engine/plan-basic").toString();

    @BeforeAll
    static void posixOnly() {
        assumeFalse(System.getProperty("os.name", "").startsWith("Windows"), "the launcher is a POSIX shell script");
    }

    /** Runs {@code command}; the launcher gets this JVM through JAVA_HOME, as the jar does below. */
    private static Run run(Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("secplan-out", ".txt");
        Path err = Files.createTempFile("secplan-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("SECPLAN_JAVA_OPTS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        Process p = builder.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "secplan did not finish");
        Run run = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    private static Run launcher(Path launcher, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return run(env, command);
    }

    private static Run javaJar(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(Map.of(), command);
    }

    @Test
    void launcherChecksAPlanExactlyAsJavaJarDoes() throws Exception {
        assertTrue(Files.isExecutable(LAUNCHER), LAUNCHER + " is not an executable file");
        Run expected = javaJar("check", PLAN, "--fail-on", "none");
        assertEquals(0, expected.exit(), expected.err());
        assertTrue(expected.out().contains("PLAN  Engine test plan: its review was due on 2026-06-30"), expected.out());
        Run actual = launcher(LAUNCHER, Map.of(), "check", PLAN, "--fail-on", "none");
        assertEquals(expected, actual);
        // exit codes and standard error pass through unchanged too
        assertEquals(javaJar("check", "/no/such/plan"), launcher(LAUNCHER, Map.of(), "check", "/no/such/plan"));
    }

    @Test
    void archiveMadeByTheBuildFitsTheJar() throws Exception {
        Path archive = LAUNCHER.resolveSibling("secplan.jsa");
        // Only a HotSpot JVM makes the archive, and -Dsecplan.cds.skip builds without it.
        assumeFalse(Boolean.getBoolean("secplan.cds.skip"), "built with -Dsecplan.cds.skip");
        String vm = System.getProperty("java.vm.name", "");
        assumeFalse(!vm.contains("OpenJDK") && !vm.contains("HotSpot"), "not a HotSpot JVM: " + vm);
        assertTrue(Files.isRegularFile(archive), "the build made no " + archive);
        // -Xshare:on makes the JVM fail instead of going on without an archive that does not fit.
        Run run = launcher(LAUNCHER, Map.of("SECPLAN_JAVA_OPTS", "-Xshare:on"), "check", PLAN, "--fail-on", "none");
        assertEquals(0, run.exit(), run.out() + run.err());
    }

    @Test
    void launcherReachedThroughASymlinkGoesOnWithoutAnArchiveThatDoesNotFit(@TempDir Path dir) throws Exception {
        Path install = Files.createDirectories(dir.resolve("secplan"));
        Files.copy(LAUNCHER, install.resolve("secplan"));
        Files.createSymbolicLink(install.resolve("secplan.jar"), JAR.toAbsolutePath());
        Files.writeString(install.resolve("secplan.jsa"), "not an archive");
        Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("bin")).resolve("secplan"),
                install.resolve("secplan"));
        Run expected = javaJar("check", PLAN, "--format", "json", "--fail-on", "none");
        assertEquals(0, expected.exit(), expected.err());
        assertEquals(expected, launcher(link, Map.of(), "check", PLAN, "--format", "json", "--fail-on", "none"));
        Files.delete(install.resolve("secplan.jsa"));
        assertEquals(expected, launcher(link, Map.of(), "check", PLAN, "--format", "json", "--fail-on", "none"));
    }
}
