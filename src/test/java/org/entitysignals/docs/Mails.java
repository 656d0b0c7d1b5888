package org.entitysignals.docs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.entitysignals.PostSave;
import org.entitysignals.SaveEvent;
import org.entitysignals.docs.model.Mailer;
import org.entitysignals.quickstart.User;

/** The after-commit receiver of docs/after-commit-and-failures.md. */
@ApplicationScoped
class Mails {

    private final Mailer mailer = new Mailer();

    // tag::welcome[]
    void welcome(@Observes(during = TransactionPhase.AFTER_SUCCESS) @PostSave(User.class) SaveEvent<User> event) {
        if (event.created()) {
            mailer.sendWelcome(event.entity().getEmail());      // only once the row is committed
        }
    }
    // end::welcome[]
}
