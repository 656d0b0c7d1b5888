package org.entitysignals.docs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.entitysignals.PostSave;
import org.entitysignals.PreSave;
import org.entitysignals.SaveEvent;
import org.entitysignals.docs.model.Mailer;
import org.entitysignals.quickstart.User;
import org.entitysignals.quickstart.User_;

/** The receivers of docs/changes.md. */
@ApplicationScoped
class ChangeReceivers {

    private final Mailer mailer = new Mailer();
    private final System.Logger log = System.getLogger("com.example.audit");

    // tag::changes[]
    void emailChanged(@Observes @PostSave(User.class) SaveEvent<User> event) {
        if (!event.created() && event.changed(User_.email)) {              // or event.changed("email")
            mailer.confirm(event.entity(), event.oldValue(User_.email));   // typed: a String
        }
    }

    void audit(@Observes @PreSave SaveEvent<?> event) {
        for (String name : event.changedAttributes()) {                   // sorted: [email, name]
            log.log(System.Logger.Level.INFO, name + ": " + event.oldValue(name) + " -> " + event.newValue(name));
        }
    }
    // end::changes[]
}
