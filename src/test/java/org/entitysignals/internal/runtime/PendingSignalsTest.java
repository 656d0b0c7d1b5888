package org.entitysignals.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entitysignals.PostSave;
import org.entitysignals.SaveEvent;
import org.entitysignals.model.AuditEntry;
import org.entitysignals.model.Author;
import org.entitysignals.model.Person;
import org.entitysignals.support.GarbageCollection;
import org.entitysignals.support.Provider;
import org.entitysignals.support.TestApp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Queued post-phase signals never outlive their transaction, and concurrent transactions keep their own. */
class PendingSignalsTest {

    @ApplicationScoped
    static class PendingSignalsTestReceivers {
        @Inject
        EntityManager em;

        void audit(@Observes @PostSave(Author.class) SaveEvent<Author> event) {
            em.persist(new AuditEntry(event.entity().getName()));
        }

        void people(@Observes @PostSave(Person.class) SaveEvent<Person> event) {
            em.persist(new AuditEntry("person " + event.entity().getName()));
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void leavesNothingQueuedAfterCommitsRollbacksAndAbandonedContexts(Provider provider) {
        try (TestApp app = TestApp.start(provider, PendingSignalsTestReceivers.class)) {
            for (int i = 0; i < 50; i++) {
                String name = "author" + i;
                // committed
                app.run(em -> em.persist(new Author(name)));
                // rolled back after the post phase was queued (IDENTITY inserts queue inside persist())
                try {
                    app.run(em -> {
                        em.persist(new Person(name));
                        throw new IllegalStateException("rollback");
                    });
                } catch (IllegalStateException expected) {
                    // the transaction rolled back
                }
            }
            // never committed nor rolled back: the persistence context is just closed, with a post phase queued on
            // Hibernate (IDENTITY inserts happen inside persist()) and delivered by a flush on both providers;
            // last, as EclipseLink keeps that transaction's locks
            app.abandon(em -> {
                em.persist(new Author("abandoned"));
                em.flush();
                em.persist(new Person("abandoned"));
            });

            assertThat(GarbageCollection.leftAfterCollecting(PendingSignals::owners)).isZero();
            assertThat(app.rowsCommitted("AUDITENTRY")).isEqualTo(50);
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void keepsConcurrentTransactionsApart(Provider provider) throws Exception {
        try (TestApp app = TestApp.start(provider, PendingSignalsTestReceivers.class)) {
            // given
            ExecutorService threads = Executors.newFixedThreadPool(2);
            List<Callable<Void>> work = new ArrayList<>();
            for (String thread : List.of("a", "b")) {
                work.add(() -> {
                    for (int i = 0; i < 40; i++) {
                        String name = thread + i;
                        app.run(em -> {
                            em.persist(new Author(name));
                            em.persist(new Author(name + "-second"));
                        });
                    }
                    return null;
                });
            }

            // when
            for (Future<Void> done : threads.invokeAll(work)) {
                done.get();
            }
            threads.shutdown();

            // then
            List<String> audited = app.call(em -> em.createQuery("select a.text from AuditEntry a", String.class)
                    .getResultList());
            List<String> authors = app.call(em -> em.createQuery("select a.name from Author a", String.class)
                    .getResultList());
            assertThat(audited).hasSize(160).containsExactlyInAnyOrderElementsOf(authors);
            assertThat(PendingSignals.owners()).isZero();
        }
    }
}
