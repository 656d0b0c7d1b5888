package org.entitysignals.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.entitysignals.DeleteEvent;
import org.entitysignals.PostDelete;
import org.entitysignals.PostSave;
import org.entitysignals.PreSave;
import org.entitysignals.RelationChanged;
import org.entitysignals.RelationEvent;
import org.entitysignals.SaveEvent;

/** The tutorial's school/signals.py: every receiver, active because CDI discovered it. Nothing registers them. */
@ApplicationScoped
public class Signals {

    @Inject
    EntityManager em;

    @Inject
    PrintStream out;

    /** {@code @receiver(post_save, sender=User)}: a profile for every new user, not on updates. */
    void createProfile(@Observes @PostSave(AppUser.class) SaveEvent<AppUser> event) {
        if (event.created()) {
            em.persist(new Profile(event.entity()));
            out.println("Profile created for " + event.entity().getUsername());
        }
    }

    /** {@code transaction.on_commit}: the welcome mail goes out once the user is committed, never for a rollback. */
    void sendWelcome(@Observes(during = TransactionPhase.AFTER_SUCCESS) @PostSave(AppUser.class)
            SaveEvent<AppUser> event) {
        if (event.created()) {
            out.println("Welcome email sent to " + event.entity().getUsername() + " (after commit)");
        }
    }

    /** What Django needs django-dirtyfields for: the old value of what this save changed. */
    void emailChanged(@Observes @PostSave(AppUser.class) SaveEvent<AppUser> event) {
        if (!event.created() && event.changed("email")) {
            out.println("Email of " + event.entity().getUsername() + " changed: " + event.oldValue("email") + " -> "
                    + event.newValue("email"));
        }
    }

    /** {@code @receiver(m2m_changed, sender=Student.courses.through)}: enrollments are logged. */
    void logEnrollments(@Observes @RelationChanged(value = Student.class, attribute = "courses")
            RelationEvent<Student> event) {
        switch (event.action()) {
            case POST_ADD -> out.println(event.entity() + " enrolled in " + titles(event.added()));
            case POST_REMOVE, POST_CLEAR -> out.println(event.entity() + " dropped " + titles(event.removed()));
            default -> {
                // PRE_ actions could veto by throwing; the log waits until the rows are written
            }
        }
    }

    /** {@code @receiver(pre_save, sender=Student)}: "rahul sharma" becomes "Rahul Sharma". */
    void capitalizeName(@Observes @PreSave(Student.class) SaveEvent<Student> event) {
        Student student = event.entity();
        String before = student.getName();
        student.setName(titleCase(before.strip()));
        out.println("Capitalized student name: \"" + before + "\" -> \"" + student.getName() + "\"");
    }

    /** {@code @receiver(post_delete, sender=Student)}: the photo file goes with the student. */
    void deleteStudentPhoto(@Observes @PostDelete(Student.class) DeleteEvent<Student> event) throws IOException {
        String photo = event.entity().getProfilePhoto();
        if (photo != null && Files.deleteIfExists(Path.of(photo))) {
            out.println("Deleted photo " + Path.of(photo).getFileName() + " of " + event.entity().getName());
        }
    }

    /** {@code @receiver(exam_result_published)}: a custom signal is a plain CDI event. */
    void notifyStudent(@Observes ExamResultPublished result) {
        out.println("Notifying " + result.studentName() + ": your grade is " + result.grade());
    }

    /** Sets of entities come in no particular order. */
    private static List<String> titles(Set<Object> courses) {
        return courses.stream().map(Object::toString).sorted().toList();
    }

    private static String titleCase(String text) {
        StringBuilder result = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (!result.isEmpty()) {
                result.append(' ');
            }
            result.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase());
        }
        return result.toString();
    }
}
