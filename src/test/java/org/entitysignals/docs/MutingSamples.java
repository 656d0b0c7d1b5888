package org.entitysignals.docs;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.entitysignals.Signals;
import org.entitysignals.demo.Student;
import org.entitysignals.quickstart.User;

/** The muting forms of docs/muting.md, on an application's EntityManager. */
final class MutingSamples {

    private MutingSamples() {
    }

    static void importAll(EntityManager em, List<User> users, Student student) {
        // tag::muting[]
        Signals.muted(() -> users.forEach(em::persist));              // no signal at all in the block
        Signals.muted(() -> em.persist(student), Student.class);      // only Student (and subclass) signals muted

        try (Signals.Muting muting = Signals.mute(User.class)) {      // the try-with-resources form
            users.forEach(em::persist);
            em.flush();                                               // post-phase signals are raised here
        }
        // end::muting[]
    }
}
