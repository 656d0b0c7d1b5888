package org.entitysignals.docs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.entitysignals.RelationChanged;
import org.entitysignals.RelationEvent;
import org.entitysignals.demo.Student;

/** The relation receiver of docs/relations.md. */
@ApplicationScoped
class Enrollments {

    // tag::enrollments[]
    void logEnrollments(@Observes @RelationChanged(value = Student.class, attribute = "courses")
            RelationEvent<Student> event) {
        switch (event.action()) {
            case POST_ADD -> System.out.println(event.entity() + " enrolled in " + event.added());
            case POST_REMOVE, POST_CLEAR -> System.out.println(event.entity() + " dropped " + event.removed());
            default -> { }
        }
    }
    // end::enrollments[]
}
