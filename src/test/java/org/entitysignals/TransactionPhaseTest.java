package org.entitysignals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import jakarta.persistence.RollbackException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.entitysignals.model.AuditEntry;
import org.entitysignals.model.Author;
import org.entitysignals.support.FreshDatabase;
import org.entitysignals.support.LogCapture;
import org.entitysignals.support.Provider;
import org.entitysignals.support.Recorder;
import org.entitysignals.support.TestApp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * In Java SE, with resource-local transactions, transactional receivers run in their transaction phase (Weld SE
 * alone would notify them at once, before the commit, even of a transaction later rolled back).
 */
class TransactionPhaseTest {

    @ApplicationScoped
    static class TransactionPhaseTestReceivers {
        @Inject
        Recorder recorder;

        void inProgress(@Observes @PostSave(Author.class) SaveEvent<Author> event) {
            recorder.record("in progress " + event.entity().getName());
        }

        void beforeCompletion(@Observes(during = TransactionPhase.BEFORE_COMPLETION) @PostSave(Author.class)
                SaveEvent<Author> event) {
            recorder.record("before completion " + event.entity().getName());
            if (event.entity().getName().startsWith("veto")) {
                throw new IllegalStateException("vetoed " + event.entity().getName());
            }
        }

        void afterSuccess(@Observes(during = TransactionPhase.AFTER_SUCCESS) @PostSave(Author.class)
                SaveEvent<Author> event) {
            recorder.record("after success " + event.entity().getName());
        }

        void afterFailure(@Observes(during = TransactionPhase.AFTER_FAILURE) @PostSave(Author.class)
                SaveEvent<Author> event) {
            recorder.record("after failure " + event.entity().getName());
        }

        void afterCompletion(@Observes(during = TransactionPhase.AFTER_COMPLETION) @PostSave(Author.class)
                SaveEvent<Author> event) {
            recorder.record("after completion " + event.entity().getName());
        }

        void deleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) @PostDelete(Author.class)
                DeleteEvent<Author> event) {
            recorder.record("deleted");
        }
    }

    /** Writes before the commit, through the EntityManager of the transaction (TestApp's request-scoped one). */
    @ApplicationScoped
    static class TransactionPhaseTestWriter {
        @Inject
        EntityManager em;

        void audit(@Observes(during = TransactionPhase.BEFORE_COMPLETION) @PostSave(Author.class)
                SaveEvent<Author> event) {
            em.persist(new AuditEntry("before completion " + event.entity().getName()));
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void runsEachPhaseOfACommitInTurn(Provider provider) {
        try (TestApp app = TestApp.start(provider, TransactionPhaseTestReceivers.class,
                TransactionPhaseTestWriter.class, Recorder.class)) {
            Recorder recorder = app.bean(Recorder.class);

            // when
            List<String> seenBeforeCommit = app.call(em -> {
                em.persist(new Author("ada"));
                em.flush();
                return recorder.seen();
            });

            // then
            assertThat(seenBeforeCommit).containsExactly("in progress ada");
            List<String> seen = recorder.seen();
            assertThat(seen).hasSize(4).startsWith("in progress ada", "before completion ada");
            assertThat(seen.subList(2, 4)).containsExactlyInAnyOrder("after success ada", "after completion ada");
            assertThat(app.rowsCommitted("AUDITENTRY")).as("what the BEFORE_COMPLETION receiver wrote").isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void discardsTheSignalsOfARolledBackTransaction(Provider provider) {
        try (TestApp app = TestApp.start(provider, TransactionPhaseTestReceivers.class, Recorder.class)) {
            Recorder recorder = app.bean(Recorder.class);

            // when
            assertThatThrownBy(() -> app.run(em -> {
                em.persist(new Author("bob"));
                em.flush();
                throw new IllegalStateException("changed my mind");
            })).hasMessage("changed my mind");

            // then
            List<String> seen = recorder.seen();
            assertThat(seen).hasSize(3).startsWith("in progress bob");
            assertThat(seen.subList(1, 3)).containsExactlyInAnyOrder("after failure bob", "after completion bob");
            assertThat(app.rowsCommitted("AUTHOR")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void aFailingBeforeCompletionReceiverRollsTheCommitBack(Provider provider) {
        try (TestApp app = TestApp.start(provider, TransactionPhaseTestReceivers.class, Recorder.class)) {
            Recorder recorder = app.bean(Recorder.class);

            // when
            assertThatThrownBy(() -> app.run(em -> em.persist(new Author("veto")))).isInstanceOf(
                    RollbackException.class).hasStackTraceContaining("vetoed veto");

            // then
            List<String> seen = recorder.seen();
            assertThat(seen).hasSize(4).startsWith("in progress veto", "before completion veto");
            assertThat(seen.subList(2, 4)).containsExactlyInAnyOrder("after failure veto", "after completion veto");
            assertThat(app.rowsCommitted("AUTHOR")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void runsAfterSuccessForDeletesAndForEveryTransactionOfOneEntityManager(Provider provider) {
        try (TestApp app = TestApp.start(provider, TransactionPhaseTestReceivers.class, Recorder.class)) {
            Recorder recorder = app.bean(Recorder.class);
            EntityManager em = app.factory().createEntityManager();
            try {
                // when: three transactions in a row on one EntityManager, the second rolled back
                EntityTransaction tx = em.getTransaction();
                tx.begin();
                Author author = new Author("cy");
                em.persist(author);
                tx.commit();
                tx.begin();
                author.setName("cy-renamed");
                em.flush();
                tx.rollback();
                tx.begin();
                em.remove(em.find(Author.class, author.getId()));
                tx.commit();
            } finally {
                em.close();
            }

            // then
            assertThat(recorder.seen()).containsSubsequence("after success cy", "after failure cy-renamed", "deleted");
            assertThat(recorder.seen()).filteredOn(seen -> seen.startsWith("after success"))
                    .containsExactly("after success cy");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void keepsTransactionsOfTwoUnitsAndTwoThreadsApart(Provider provider) throws Exception {
        try (TestApp app = TestApp.start(provider, TransactionPhaseTestReceivers.class, Recorder.class);
                FreshDatabase otherDatabase = FreshDatabase.create("phases-other")) {
            Recorder recorder = app.bean(Recorder.class);
            Map<String, Object> properties = new HashMap<>(otherDatabase.properties());
            properties.put("eclipselink.session-name", "phases-other");
            EntityManagerFactory other = Persistence.createEntityManagerFactory(provider.unit(), properties);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                // given: each thread holds a transaction on each unit, all four flushed before any completes
                CountDownLatch allFlushed = new CountDownLatch(2);
                Future<?> a = threads.submit(() -> interleave(app.factory(), other, "a", allFlushed));
                Future<?> b = threads.submit(() -> interleave(other, app.factory(), "b", allFlushed));

                // when
                a.get(60, TimeUnit.SECONDS);
                b.get(60, TimeUnit.SECONDS);
            } finally {
                threads.shutdownNow();
                other.close();
            }

            // then: each transaction's own outcome, and nothing of another's
            assertThat(recorder.seen()).filteredOn(seen -> seen.startsWith("after"))
                    .containsExactlyInAnyOrder("after success a-commit", "after completion a-commit",
                            "after failure a-rollback", "after completion a-rollback",
                            "after success b-commit", "after completion b-commit",
                            "after failure b-rollback", "after completion b-rollback");
        }
    }

    /** On one thread: a transaction on each unit, both flushed; the first commits, the second rolls back. */
    private static Void interleave(EntityManagerFactory committing, EntityManagerFactory rollingBack, String thread,
            CountDownLatch allFlushed) throws InterruptedException {
        EntityManager first = committing.createEntityManager();
        EntityManager second = rollingBack.createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            first.persist(new Author(thread + "-commit"));
            first.flush();
            second.persist(new Author(thread + "-rollback"));
            second.flush();
            allFlushed.countDown();
            allFlushed.await(30, TimeUnit.SECONDS);
            first.getTransaction().commit();
            second.getTransaction().rollback();
            return null;
        } finally {
            first.close();
            second.close();
        }
    }

    @ApplicationScoped
    static class TransactionPhaseTestOrderedReceivers {
        @Inject
        Recorder recorder;

        void late(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(20) @PostSave(Author.class)
                SaveEvent<Author> event) {
            recorder.record("late " + event.entity().getName());
        }

        void early(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(10) @PostSave(Author.class)
                SaveEvent<Author> event) {
            recorder.record("early " + event.entity().getName());
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void runsAfterCommitReceiversBySignalThenPriority(Provider provider) {
        try (TestApp app = TestApp.start(provider, TransactionPhaseTestOrderedReceivers.class, Recorder.class)) {
            // when
            app.run(em -> {
                em.persist(new Author("first"));
                em.flush();
                em.persist(new Author("second"));
            });

            // then
            assertThat(app.bean(Recorder.class).seen()).containsExactly("early first", "late first",
                    "early second", "late second");
        }
    }

    @ApplicationScoped
    static class TransactionPhaseTestLoadReceivers {
        @Inject
        Recorder recorder;

        void loaded(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Loaded(Author.class) LoadEvent<Author> event) {
            recorder.record("loaded " + event.entity().getName());
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void runsATransactionalReceiverAtOnceWhereItCannotFollowTheTransactionAndSaysSoOnce(Provider provider) {
        try (LogCapture warnings = LogCapture.of(Level.WARNING);
                TestApp app = TestApp.start(provider, TransactionPhaseTestLoadReceivers.class, Recorder.class)) {
            Recorder recorder = app.bean(Recorder.class);
            Author author = app.persist(new Author("ed"));

            // when
            List<String> seenInTransaction = app.call(em -> {
                em.find(Author.class, author.getId());
                return recorder.seen();
            });
            app.call(em -> em.find(Author.class, author.getId()));

            // then
            assertThat(seenInTransaction).containsExactly("loaded ed");
            assertThat(recorder.seen()).containsExactly("loaded ed", "loaded ed");
            assertThat(warnings.messages("ESIG106")).singleElement().asString()
                    .contains(TransactionPhaseTestLoadReceivers.class.getName() + "#loaded(LoadEvent)");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void commitsThroughTheTransactionOfAClosedEntityManager(Provider provider) {
        try (TestApp app = TestApp.start(provider, TransactionPhaseTestReceivers.class, Recorder.class)) {
            // given: JPA lets a resource-local transaction outlive its EntityManager's close()
            EntityManager flushed = app.factory().createEntityManager();
            EntityTransaction flushedTransaction = flushed.getTransaction();
            flushedTransaction.begin();
            flushed.persist(new Author("dee"));
            flushed.flush();
            flushed.close();
            EntityManager unflushed = app.factory().createEntityManager();
            EntityTransaction unflushedTransaction = unflushed.getTransaction();
            unflushedTransaction.begin();
            unflushed.persist(new Author("cy"));
            unflushed.close();

            // when
            flushedTransaction.commit();
            unflushedTransaction.commit();

            // then
            assertThat(app.rowsCommitted("AUTHOR")).isEqualTo(2);
            assertThat(app.bean(Recorder.class).seen()).containsSubsequence("before completion dee",
                    "after success dee", "before completion cy", "after success cy");
        }
    }
}
