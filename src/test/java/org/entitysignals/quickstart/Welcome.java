package org.entitysignals.quickstart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.entitysignals.PostSave;
import org.entitysignals.SaveEvent;

// tag::after-commit[]
@ApplicationScoped
public class Welcome {

    void sendWelcome(@Observes(during = TransactionPhase.AFTER_SUCCESS) @PostSave(User.class) SaveEvent<User> event) {
        if (event.created()) {
            System.out.println("Welcome, " + event.entity().getName() + " (after commit)");
        }
    }
}
// end::after-commit[]
