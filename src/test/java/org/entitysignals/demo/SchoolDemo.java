package org.entitysignals.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.LogManager;
import org.entitysignals.EntitySignalsExtension;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * The Django signals tutorial's school app on Weld SE, EclipseLink and in-memory H2. Run it with
 * {@code mvn -q -Pdemo test-compile exec:java}.
 */
public final class SchoolDemo {

    private final PrintStream out;

    SchoolDemo(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        try (InputStream logging = SchoolDemo.class.getResourceAsStream("/demo-logging.properties")) {
            LogManager.getLogManager().readConfiguration(logging);
        }
        new SchoolDemo(System.out).run();
    }

    void run() throws IOException {
        try (WeldContainer container = new Weld().disableDiscovery()
                .addExtension(new EntitySignalsExtension())
                .addBeanClasses(Database.class, School.class, Signals.class)
                .addBeanClass(Console.class)
                .initialize()) {
            container.select(Console.class).get().use(out);
            School school = container.select(School.class).get();
            scenarios(school);
        }
    }

    private void scenarios(School school) throws IOException {
        out.println("== post_save: a Profile for every new User");
        AppUser rahul = school.register("rahul");
        out.println("Profiles of rahul: " + school.profilesOf("rahul"));

        out.println("== after commit: no welcome email for a registration that is rolled back");
        try {
            school.registerAndFail("ghost");
        } catch (IllegalStateException declined) {
            out.println("Registration of ghost failed: " + declined.getMessage());
        }
        out.println("Profiles of ghost: " + school.profilesOf("ghost"));

        out.println("== post_save on update: created is false, no second Profile, and what changed");
        school.changeEmail(rahul.getId(), "rahul@school.example");
        out.println("Profiles of rahul: " + school.profilesOf("rahul"));

        out.println("== pre_save: the name is capitalized before it is written");
        Path photo = Files.createTempFile("rahul-sharma-", ".jpg");
        Student student = school.enroll("rahul sharma", photo.toString());
        out.println("Saved student: " + student.getName());

        out.println("== m2m_changed: enrollments are logged, with no post_save for the student");
        Course math = school.openCourse("Math");
        Course art = school.openCourse("Art");
        school.signUp(student.getId(), math, art);
        school.drop(student.getId(), art);

        out.println("== post_delete: the photo file is removed from disk");
        school.expel(student.getId());
        out.println("Photo still on disk: " + Files.exists(photo));

        out.println("== custom signal: exam_result_published");
        school.publishResult("Rahul", "A");
    }

    /** Where receivers print; the demo test reads it back. */
    @ApplicationScoped
    public static class Console {

        private PrintStream out = System.out;

        void use(PrintStream out) {
            this.out = out;
        }

        @Produces
        PrintStream out() {
            return out;
        }
    }
}
