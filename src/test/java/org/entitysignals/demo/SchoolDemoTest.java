package org.entitysignals.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The demo the README runs reproduces every scenario of the tutorial. */
class SchoolDemoTest {

    @Test
    void reproducesTheTutorialsOutcomes() throws Exception {
        // given
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        // when
        new SchoolDemo(new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

        // then
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output.lines()).containsSubsequence(
                "Profile created for rahul",
                "Welcome email sent to rahul (after commit)",
                "Profiles of rahul: 1",
                "Profile created for ghost",
                "Registration of ghost failed: payment declined for ghost",
                "Profiles of ghost: 0",
                "== post_save on update: created is false, no second Profile, and what changed",
                "Email of rahul changed: null -> rahul@school.example",
                "Profiles of rahul: 1",
                "Capitalized student name: \"rahul sharma\" -> \"Rahul Sharma\"",
                "Saved student: Rahul Sharma",
                "Rahul Sharma enrolled in [Art, Math]",
                "Rahul Sharma dropped [Art]",
                "Photo still on disk: false",
                "Notifying Rahul: your grade is A");
        assertThat(output).doesNotContain("Welcome email sent to ghost").containsOnlyOnce("Welcome email sent to")
                .containsOnlyOnce("Capitalized student name")
                .contains("Deleted photo rahul-sharma-");
    }
}
