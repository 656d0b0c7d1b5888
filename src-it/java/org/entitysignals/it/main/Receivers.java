package org.entitysignals.it.main;

import org.entitysignals.it.model.AuditEntry;
import org.entitysignals.it.model.Author;
import org.entitysignals.it.model.Book;
import org.entitysignals.it.support.Recorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.entitysignals.DeleteEvent;
import org.entitysignals.PostDelete;
import org.entitysignals.PostSave;
import org.entitysignals.PreDelete;
import org.entitysignals.PreSave;
import org.entitysignals.SaveEvent;

/**
 * Receivers of the main deployment. Names steer behaviour: "audit-*" authors get an AuditEntry written by the
 * post-save receiver, "commitfail-*" authors make the post-save receiver persist a vetoed Book (so the commit's
 * flush fails), "asyncfail-*" make the async receiver throw. Books titled "veto*" are vetoed by @PreSave.
 */
@ApplicationScoped
public class Receivers {

    @Inject Recorder recorder;
    @Inject EntityManager em;
    void preSave(@Observes @PreSave(Author.class) SaveEvent<Author> e) {
        recorder.add("PreSave", e.entity().getName(), e.created());
    }

    void postSave(@Observes @PostSave(Author.class) SaveEvent<Author> e) {
        String name = e.entity().getName();
        recorder.add("PostSave", name, e.created());
        if (e.created() && name.startsWith("audit-")) {
            em.persist(new AuditEntry("created " + name));
        }
        if (e.created() && name.startsWith("commitfail-")) {
            em.persist(new Book("veto-" + name));
        }
    }

    void preDelete(@Observes @PreDelete(Author.class) DeleteEvent<Author> e) {
        recorder.add("PreDelete", e.entity().getName(), null);
    }

    void postDelete(@Observes @PostDelete(Author.class) DeleteEvent<Author> e) {
        recorder.add("PostDelete", e.entity().getName(), null);
    }

    void vetoBooks(@Observes @PreSave(Book.class) SaveEvent<Book> e) {
        if (e.entity().getTitle().startsWith("veto")) {
            recorder.add("Veto", e.entity().getTitle(), e.created());
            throw new IllegalStateException("vetoed by @PreSave receiver: " + e.entity().getTitle());
        }
    }

    void beforeCompletion(@Observes(during = TransactionPhase.BEFORE_COMPLETION) @PostSave(Author.class) SaveEvent<Author> e) {
        recorder.add("BeforeCompletion", e.entity().getName(), e.created());
    }

    void afterSuccess(@Observes(during = TransactionPhase.AFTER_SUCCESS) @PostSave(Author.class) SaveEvent<Author> e) {
        recorder.add("AfterSuccess", e.entity().getName(), e.created());
    }

    void afterFailure(@Observes(during = TransactionPhase.AFTER_FAILURE) @PostSave(Author.class) SaveEvent<Author> e) {
        recorder.add("AfterFailure", e.entity().getName(), e.created());
    }

    void async(@ObservesAsync @PostSave(Author.class) SaveEvent<Author> e) {
        String name = e.entity().getName();
        recorder.add("Async", name, e.created());
        if (name.startsWith("asyncfail-")) {
            throw new IllegalStateException("async receiver fails for " + name);
        }
    }
}
