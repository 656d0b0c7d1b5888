package org.entitysignals.docs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.entitysignals.LoadEvent;
import org.entitysignals.Loaded;
import org.entitysignals.demo.Student;
import org.entitysignals.docs.model.Text;

/** The {@code @Loaded} receiver of docs/receivers-and-phases.md. */
@ApplicationScoped
class LoadReceivers {

    // tag::loaded[]
    void initials(@Observes @Loaded(Student.class) LoadEvent<Student> event) {    // a @Transient field, filled in
        event.entity().setInitials(Text.initials(event.entity().getName()));
    }
    // end::loaded[]
}
