package org.entitysignals.testing;

import static org.entitysignals.testing.SignalPhase.POST_DELETE;
import static org.entitysignals.testing.SignalPhase.POST_SAVE;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.entitysignals.EntitySignalsExtension;
import org.entitysignals.PostSave;
import org.entitysignals.SaveEvent;
import org.entitysignals.model.AuditEntry;
import org.entitysignals.model.Author;
import org.entitysignals.support.Provider;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/**
 * The README's example test ("Testing your receivers") as a user writes it with weld-junit5, with the test model's
 * Author and AuditEntry for the README's User and Profile: the recorder and {@link MuteSignals} in one test class.
 */
@EnableWeld
class ReadmeExampleTest {

    /** The application's service. */
    @ApplicationScoped
    static class ReadmeExampleTestAuthors {
        @Inject
        EntityManager em;

        Author register(String name) {
            em.getTransaction().begin();
            Author author = new Author(name);
            em.persist(author);
            em.getTransaction().commit();
            return author;
        }
    }

    /** The application's receiver. */
    @ApplicationScoped
    static class ReadmeExampleTestAuditLog {
        @Inject
        EntityManager em;

        void audit(@Observes @PostSave(Author.class) SaveEvent<Author> event) {
            if (event.created()) {
                em.persist(new AuditEntry("new author " + event.entity().getName()));
            }
        }
    }

    /** The application's EntityManager: one per request, here on an in-memory database. */
    @ApplicationScoped
    static class ReadmeExampleTestJpa {
        private final TestDatabase database = TestDatabase.open(Provider.HIBERNATE);

        @Produces
        @RequestScoped
        EntityManager entityManager() {
            return database.createEntityManager();
        }

        void close(@Disposes EntityManager em) {
            em.close();
        }

        @PreDestroy
        void shutdown() {
            database.close();
        }
    }

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(WeldInitiator.createWeld()
                    .addExtension(new EntitySignalsExtension())
                    .addBeanClasses(SignalRecorder.class, ReadmeExampleTestAuthors.class,
                            ReadmeExampleTestAuditLog.class, ReadmeExampleTestJpa.class))
            .activate(RequestScoped.class)
            .build();

    @Inject
    SignalRecorder recorder;

    @Inject
    ReadmeExampleTestAuthors authors;

    @Test
    void registeringAnAuthorAuditsIt() {
        // when
        authors.register("asimov");

        // then
        recorder.assertThat().saw(POST_SAVE, Author.class).created().once();
        recorder.assertThat().inOrder(POST_SAVE.of(Author.class), POST_SAVE.of(AuditEntry.class));
        recorder.assertThat().didNotSee(POST_DELETE, Object.class);
    }

    @Test
    @MuteSignals(Author.class)
    void registersWithoutAuditWhenAuthorSignalsAreMuted() {
        // when
        authors.register("asimov");

        // then
        recorder.assertThat().none();
    }
}
