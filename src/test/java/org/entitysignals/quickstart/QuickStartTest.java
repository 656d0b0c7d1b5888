package org.entitysignals.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Java SE quick start (docs/quick-start-se.md) as a user runs it: its classes, its {@code META-INF/beans.xml} and
 * {@code persistence.xml} in a directory of their own, with one JPA provider on the class path, in a JVM of its own.
 * Its own JVM because Weld SE discovers every bean archive on the class path, and the test classes are none.
 */
class QuickStartTest {

    /** The provider the quick start runs on, and the jar left off the class path for it. */
    enum Stack {
        HIBERNATE("/eclipselink-"),
        ECLIPSELINK("/hibernate-core-");

        private final String otherProvider;

        Stack(String otherProvider) {
            this.otherProvider = otherProvider;
        }
    }

    @TempDir
    Path app;

    @ParameterizedTest
    @EnumSource(Stack.class)
    void mainRegistersAUserAndTheReceiverCreatesItsProfile(Stack stack) throws Exception {
        // given
        copyQuickStart(app);

        // when
        String output = runMain(classPath(stack), stack);

        // then
        assertThat(output.lines()).containsSubsequence(
                "Profile created for rahul",
                "Welcome, rahul (after commit)",
                "Profiles of rahul: 1");
        assertThat(output).contains("ESIG200: org.entitysignals.quickstart.User <- ")
                .doesNotContain("WARNING: ESIG");
    }

    private static void copyQuickStart(Path app) throws IOException {
        Path classes = Paths.get(Main.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path pkg = classes.resolve("org/entitysignals/quickstart");
        Path target = Files.createDirectories(app.resolve("org/entitysignals/quickstart"));
        try (Stream<Path> files = Files.list(pkg)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("QuickStartTest"))
                    .collect(Collectors.toList())) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        Path metaInf = Files.createDirectories(app.resolve("META-INF"));
        for (String name : List.of("beans.xml", "persistence.xml")) {
            try (InputStream in = QuickStartTest.class.getResourceAsStream("/quickstart/META-INF/" + name)) {
                Files.copy(in, metaInf.resolve(name));
            }
        }
    }

    /** The library, Weld SE, one provider and H2: the test class path without the test classes and the rest. */
    private String classPath(Stack stack) {
        String all = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = new ArrayList<>();
        entries.add(app.toString());
        Arrays.stream(all.split(File.pathSeparator))
                .filter(entry -> !entry.replace('\\', '/').endsWith("/test-classes"))
                .filter(entry -> !entry.replace('\\', '/').contains(stack.otherProvider))
                .filter(entry -> !entry.contains("weld-jta"))
                .forEach(entries::add);
        return String.join(File.pathSeparator, entries);
    }

    private static String runMain(String classPath, Stack stack) throws Exception {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", classPath, Main.class.getName())
                .redirectErrorStream(true).start();
        byte[] bytes = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String output = new String(bytes, StandardCharsets.UTF_8);
        Path log = Paths.get("target", "quickstart-" + stack.name().toLowerCase() + ".log");
        Files.createDirectories(log.getParent());
        Files.writeString(log, output);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
