package org.entitysignals.docs;

import static org.entitysignals.docs.model.Text.titleCase;


import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entitysignals.DeleteEvent;
import org.entitysignals.PostDelete;
import org.entitysignals.PostSave;
import org.entitysignals.PreDelete;
import org.entitysignals.PreSave;
import org.entitysignals.SaveEvent;
import org.entitysignals.demo.Student;
import org.entitysignals.quickstart.Profile;
import org.entitysignals.quickstart.User;

// tag::receivers[]
@ApplicationScoped
class SchoolReceivers {

    @Inject
    EntityManager em;

    void capitalize(@Observes @PreSave(Student.class) SaveEvent<Student> event) {        // before INSERT/UPDATE
        event.entity().setName(titleCase(event.entity().getName()));                        // the change is written
    }

    void createProfile(@Observes @PostSave(User.class) SaveEvent<User> event) {          // after INSERT/UPDATE
        if (event.created()) {
            em.persist(new Profile(event.entity()));                                         // same transaction
        }
    }

    void keepGraduates(@Observes @PreDelete(Student.class) DeleteEvent<Student> event) { // before DELETE
        if (event.entity().isGraduated()) {
            throw new IllegalStateException("graduates are kept");                           // vetoes: rolls back
        }
    }

    void deletePhoto(@Observes @PostDelete(Student.class) DeleteEvent<Student> event) throws IOException {
        if (event.entity().getProfilePhoto() != null) {                                             // after DELETE
            Files.deleteIfExists(Path.of(event.entity().getProfilePhoto()));
        }
    }

    void audit(@Observes @Priority(10) @PostSave SaveEvent<?> event) {                   // every entity, first
        System.out.println("saved " + event.entity());
    }
}
// end::receivers[]
