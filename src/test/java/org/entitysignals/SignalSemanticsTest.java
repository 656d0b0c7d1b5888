package org.entitysignals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import org.entitysignals.model.Admin;
import org.entitysignals.model.Author;
import org.entitysignals.model.Person;
import org.entitysignals.support.Provider;
import org.entitysignals.support.Recorder;
import org.entitysignals.support.TestApp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** When signals run relative to the database write, in which order, and what receivers may do. */
class SignalSemanticsTest {

    @ApplicationScoped
    static class SignalSemanticsTestOrderedReceivers {
        @Inject
        Recorder recorder;

        void third(@Observes @Priority(30) @PostSave(Admin.class) SaveEvent<Admin> event) {
            recorder.record("third");
        }

        void first(@Observes @Priority(10) @PostSave SaveEvent<?> event) {
            recorder.record("first");
        }

        void second(@Observes @Priority(20) @PostSave(Person.class) SaveEvent<Person> event) {
            recorder.record("second");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void runsReceiversInPriorityOrderAcrossSenders(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, SignalSemanticsTestOrderedReceivers.class)) {
            // when
            app.run(em -> em.persist(new Admin("root")));

            // then
            assertThat(app.bean(Recorder.class).seen()).containsExactly("first", "second", "third");
        }
    }

    @ApplicationScoped
    static class SignalSemanticsTestRowProbe {
        @Inject
        Recorder recorder;

        private TestApp app;

        void attach(TestApp app) {
            this.app = app;
        }

        void preSave(@Observes @PreSave(Author.class) SaveEvent<Author> event) {
            recorder.record("pre-save rows=" + app.rowsWritten("AUTHOR"));
        }

        void postSave(@Observes @PostSave(Author.class) SaveEvent<Author> event) {
            recorder.record("post-save rows=" + app.rowsWritten("AUTHOR"));
        }

        void preDelete(@Observes @PreDelete(Author.class) DeleteEvent<Author> event) {
            recorder.record("pre-delete rows=" + app.rowsWritten("AUTHOR"));
        }

        void postDelete(@Observes @PostDelete(Author.class) DeleteEvent<Author> event) {
            recorder.record("post-delete rows=" + app.rowsWritten("AUTHOR"));
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void runsPrePhaseBeforeTheRowIsWrittenAndPostPhaseAfter(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, SignalSemanticsTestRowProbe.class)) {
            // given
            app.bean(SignalSemanticsTestRowProbe.class).attach(app);

            // when
            Long id = app.persist(new Author("bulgakov")).getId();
            app.run(em -> em.remove(em.find(Author.class, id)));

            // then
            assertThat(app.bean(Recorder.class).seen()).containsExactly(
                    "pre-save rows=0", "post-save rows=1", "pre-delete rows=1", "post-delete rows=0");
        }
    }

    @ApplicationScoped
    static class SignalSemanticsTestManyRowsProbe {
        @Inject
        Recorder recorder;

        private TestApp app;

        void attach(TestApp app) {
            this.app = app;
        }

        void authors(@Observes @PostSave(Author.class) SaveEvent<Author> event) {
            recorder.record("author rows=" + app.rowsWritten("AUTHOR"));
        }

        void people(@Observes @PostSave(Person.class) SaveEvent<Person> event) {
            recorder.record("person rows=" + app.rowsWritten("PERSON"));
        }
    }

    /**
     * More rows than a JDBC batch holds (20 where batching is on, as in the PostgreSQL run), with sequence ids past
     * one allocation and IDENTITY ids between them: the providers call back as each statement joins a batch, the
     * post phase still waits until every row of the flush is written.
     */
    @ParameterizedTest
    @EnumSource(Provider.class)
    void runsThePostPhaseAfterEveryRowOfTheFlushIsWritten(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, SignalSemanticsTestManyRowsProbe.class)) {
            // given
            app.bean(SignalSemanticsTestManyRowsProbe.class).attach(app);

            // when
            app.run(em -> {
                for (int i = 0; i < 25; i++) {
                    em.persist(new Author("author " + i));
                    if (i % 10 == 0) {
                        em.persist(new Person("person " + i));
                    }
                }
            });

            // then
            assertThat(app.bean(Recorder.class).seen()).filteredOn(seen -> seen.startsWith("author"))
                    .hasSize(25).containsOnly("author rows=25");
            assertThat(app.bean(Recorder.class).seen()).filteredOn(seen -> seen.startsWith("person"))
                    .hasSize(3).containsOnly("person rows=3");
        }
    }

    @ApplicationScoped
    static class SignalSemanticsTestCapitalizer {
        void capitalize(@Observes @PreSave(Person.class) SaveEvent<Person> event) {
            event.entity().setName(titleCase(event.entity().getName().strip()));
        }

        static String titleCase(String name) {
            StringBuilder result = new StringBuilder();
            for (String word : name.split("\\s+")) {
                result.append(result.length() == 0 ? "" : " ")
                        .append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase());
            }
            return result.toString();
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void writesChangesMadeByPreSaveReceiversOnInsertAndUpdate(Provider provider) {
        try (TestApp app = TestApp.start(provider, SignalSemanticsTestCapitalizer.class)) {
            // when
            Long id = app.persist(new Person("  rahul sharma ")).getId();
            String inserted = app.call(em -> em.createQuery("select p.name from Person p where p.id = :id",
                    String.class).setParameter("id", id).getSingleResult());
            app.run(em -> em.find(Person.class, id).setName("priya patel"));
            String updated = app.call(em -> em.createQuery("select p.name from Person p where p.id = :id",
                    String.class).setParameter("id", id).getSingleResult());

            // then
            assertThat(inserted).isEqualTo("Rahul Sharma");
            assertThat(updated).isEqualTo("Priya Patel");
        }
    }

    @ApplicationScoped
    static class SignalSemanticsTestVeto {
        void refuse(@Observes @PreSave(Author.class) SaveEvent<Author> event) {
            if (event.entity().getName().equals("forbidden")) {
                throw new IllegalArgumentException("no forbidden authors");
            }
        }

        void refuseAfterWrite(@Observes @PostSave(Author.class) SaveEvent<Author> event) {
            if (event.entity().getName().equals("late")) {
                throw new IllegalStateException("refused after the insert");
            }
        }

        void refuseDelete(@Observes @PreDelete(Author.class) DeleteEvent<Author> event) {
            if (event.entity().getName().equals("keep")) {
                throw new IllegalStateException("kept");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void rollsBackAndLeavesNoRowWhenAPreSaveReceiverThrows(Provider provider) {
        try (TestApp app = TestApp.start(provider, SignalSemanticsTestVeto.class)) {
            // when
            assertThatThrownBy(() -> app.run(em -> {
                em.persist(new Author("allowed"));
                em.persist(new Author("forbidden"));
            })).hasStackTraceContaining("no forbidden authors");

            // then
            assertThat(app.rowsWritten("AUTHOR")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void marksTheTransactionForRollbackWhenAReceiverThrows(Provider provider) {
        try (TestApp app = TestApp.start(provider, SignalSemanticsTestVeto.class)) {
            // when: the caller catches the receiver's exception and tries to commit anyway
            AtomicBoolean rollbackOnly = new AtomicBoolean();
            catchThrowable(() -> app.run(em -> {
                em.persist(new Author("allowed"));
                try {
                    em.persist(new Author("forbidden"));
                } catch (IllegalArgumentException refused) {
                    // the receiver's own exception reaches the caller of persist(), unwrapped
                }
                rollbackOnly.set(em.getTransaction().getRollbackOnly());
            }));

            // then
            assertThat(rollbackOnly).isTrue();
            assertThat(app.rowsCommitted("AUTHOR")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void rollsBackAndLeavesNoRowWhenAPostSaveReceiverThrows(Provider provider) {
        try (TestApp app = TestApp.start(provider, SignalSemanticsTestVeto.class)) {
            // when
            assertThatThrownBy(() -> app.run(em -> {
                em.persist(new Author("allowed"));
                em.persist(new Author("late"));
            })).hasStackTraceContaining("refused after the insert");

            // then
            assertThat(app.rowsWritten("AUTHOR")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void keepsTheRowWhenAPreDeleteReceiverThrows(Provider provider) {
        try (TestApp app = TestApp.start(provider, SignalSemanticsTestVeto.class)) {
            // given
            Long id = app.persist(new Author("keep")).getId();

            // when
            assertThatThrownBy(() -> app.run(em -> em.remove(em.find(Author.class, id))))
                    .hasStackTraceContaining("kept");

            // then
            assertThat(app.rowsCommitted("AUTHOR")).isEqualTo(1);
        }
    }
}
