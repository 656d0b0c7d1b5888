package org.entitysignals.it.failures;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.entitysignals.PostSave;
import org.entitysignals.ReceiverFailed;
import org.entitysignals.SaveEvent;
import org.entitysignals.it.model.Author;
import org.entitysignals.it.support.Recorder;

@ApplicationScoped
public class ReceiverFailedITReceivers {
    @Inject
    Recorder recorder;
    @PersistenceContext(unitName = "failures")
    EntityManager em;

    @Transactional
    public void create(String name) {
        em.persist(new Author(name));
    }

    void failing(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(10) @PostSave(Author.class)
            SaveEvent<Author> event) {
        throw new IllegalStateException("mail server down for " + event.entity().getName());
    }

    void next(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(20) @PostSave(Author.class)
            SaveEvent<Author> event) {
        recorder.mark("next " + event.entity().getName());
    }

    void alert(@Observes ReceiverFailed failure) {
        recorder.mark("failed " + failure.receiver() + ": " + failure.exception().getMessage());
    }
}
