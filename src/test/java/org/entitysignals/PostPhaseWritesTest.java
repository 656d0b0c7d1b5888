package org.entitysignals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.entitysignals.model.Admin;
import org.entitysignals.model.AuditEntry;
import org.entitysignals.model.Author;
import org.entitysignals.model.Membership;
import org.entitysignals.model.Person;
import org.entitysignals.support.Provider;
import org.entitysignals.support.TestApp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The tutorial's flagship use: a post-save receiver creates a related row through the injected EntityManager,
 * atomically with the row that triggered it. Person has IDENTITY ids (Hibernate inserts it inside persist()),
 * Author generated ones (inserted at flush).
 */
class PostPhaseWritesTest {

    @ApplicationScoped
    static class PostPhaseWritesTestReceivers {
        @Inject
        EntityManager em;

        void membership(@Observes @PostSave(Person.class) SaveEvent<Person> event) {
            if (event.created()) {
                em.persist(new Membership(event.entity()));
            }
            if (event.entity().getName().equals("doomed")) {
                throw new IllegalStateException("doomed after the membership was written");
            }
        }

        void auditSaves(@Observes @PostSave(Author.class) SaveEvent<Author> event) {
            em.persist(new AuditEntry((event.created() ? "created " : "updated ") + event.entity().getName()));
        }

        void auditDeletes(@Observes @PostDelete(Author.class) DeleteEvent<Author> event) {
            em.persist(new AuditEntry("deleted " + event.entity().getName()));
        }

        void forgetMemberships(@Observes @PostDelete(Admin.class) DeleteEvent<Admin> event) {
            em.persist(new AuditEntry("deleted admin " + event.entity().getName()));
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void commitsTheRowAReceiverCreatesWithTheOneThatTriggeredIt(Provider provider) {
        try (TestApp app = TestApp.start(provider, PostPhaseWritesTestReceivers.class)) {
            // when
            app.run(em -> em.persist(new Person("ann")));
            app.run(em -> em.persist(new Author("tolstoy")));

            // then
            assertThat(app.rowsCommitted("PERSON")).isEqualTo(1);
            assertThat(app.rowsCommitted("MEMBERSHIP")).isEqualTo(1);
            assertThat(auditTexts(app)).containsExactly("created tolstoy");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void writesTheReceiversRowAtAnExplicitFlush(Provider provider) {
        try (TestApp app = TestApp.start(provider, PostPhaseWritesTestReceivers.class)) {
            // when
            long[] writtenAtFlush = app.call(em -> {
                em.persist(new Admin("bob"));
                em.persist(new Author("chekhov"));
                em.flush();
                return new long[] {app.rowsWritten("MEMBERSHIP"), app.rowsWritten("AUDITENTRY")};
            });

            // then
            assertThat(writtenAtFlush).containsExactly(1, 1);
            assertThat(app.rowsCommitted("MEMBERSHIP")).isEqualTo(1);
            assertThat(app.rowsCommitted("AUDITENTRY")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void leavesNeitherRowWhenTheTransactionRollsBack(Provider provider) {
        try (TestApp app = TestApp.start(provider, PostPhaseWritesTestReceivers.class)) {
            // when
            assertThatThrownBy(() -> app.run(em -> {
                em.persist(new Person("cid"));
                em.persist(new Author("gogol"));
                em.flush();
                throw new IllegalArgumentException("the service fails after the flush");
            })).hasMessage("the service fails after the flush");

            // then
            assertThat(app.rowsCommitted("PERSON") + app.rowsCommitted("MEMBERSHIP")).isZero();
            assertThat(app.rowsCommitted("AUTHOR") + app.rowsCommitted("AUDITENTRY")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void leavesNeitherRowWhenTheWritingReceiverThrows(Provider provider) {
        try (TestApp app = TestApp.start(provider, PostPhaseWritesTestReceivers.class)) {
            // when
            assertThatThrownBy(() -> app.run(em -> em.persist(new Person("doomed"))))
                    .hasStackTraceContaining("doomed after the membership was written");

            // then
            assertThat(app.rowsWritten("PERSON")).isZero();
            assertThat(app.rowsWritten("MEMBERSHIP")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void letsUpdateAndDeleteReceiversWriteToo(Provider provider) {
        try (TestApp app = TestApp.start(provider, PostPhaseWritesTestReceivers.class)) {
            // given
            Long author = app.persist(new Author("bunin")).getId();
            Long admin = app.persist(new Admin("dora")).getId();

            // when
            app.run(em -> em.find(Author.class, author).setName("ivan bunin"));
            app.run(em -> em.remove(em.find(Author.class, author)));
            app.run(em -> {
                Admin doomed = em.find(Admin.class, admin);
                em.createQuery("delete from Membership m where m.person = :person").setParameter("person", doomed)
                        .executeUpdate();
                em.remove(doomed);
            });

            // then
            assertThat(auditTexts(app)).containsExactly(
                    "created bunin", "updated ivan bunin", "deleted ivan bunin", "deleted admin dora");
            assertThat(app.rowsCommitted("PERSON")).isZero();
        }
    }

    private static java.util.List<String> auditTexts(TestApp app) {
        return app.call(em -> em.createQuery("select a.text from AuditEntry a order by a.id", String.class)
                .getResultList());
    }
}
