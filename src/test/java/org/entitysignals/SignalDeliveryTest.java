package org.entitysignals;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.entitysignals.model.Admin;
import org.entitysignals.model.Audited;
import org.entitysignals.model.Author;
import org.entitysignals.model.Book;
import org.entitysignals.model.Note;
import org.entitysignals.model.Person;
import org.entitysignals.support.Provider;
import org.entitysignals.support.Recorder;
import org.entitysignals.support.TestApp;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each JPA callback becomes exactly one signal, on both providers. */
class SignalDeliveryTest {

    @ApplicationScoped
    static class SignalDeliveryTestAuthorReceivers {
        @Inject
        Recorder recorder;

        void preSave(@Observes @PreSave(Author.class) SaveEvent<Author> event) {
            recorder.record("pre-save " + event.entity().getName() + " created=" + event.created());
        }

        void postSave(@Observes @PostSave(Author.class) SaveEvent<Author> event) {
            recorder.record("post-save " + event.entity().getName() + " created=" + event.created());
        }

        void preDelete(@Observes @PreDelete(Author.class) DeleteEvent<Author> event) {
            recorder.record("pre-delete " + event.entity().getName());
        }

        void postDelete(@Observes @PostDelete(Author.class) DeleteEvent<Author> event) {
            recorder.record("post-delete " + event.entity().getName());
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void firesPreAndPostSaveOncePerInsertWithCreated(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, SignalDeliveryTestAuthorReceivers.class)) {
            // when
            app.run(em -> em.persist(new Author("tolstoy")));

            // then
            assertThat(app.bean(Recorder.class).seen())
                    .containsExactly("pre-save tolstoy created=true", "post-save tolstoy created=true");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void firesPreAndPostSaveOncePerUpdateWithCreatedFalse(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, SignalDeliveryTestAuthorReceivers.class)) {
            // given
            Long id = app.persist(new Author("tolstoy")).getId();
            app.bean(Recorder.class).clear();

            // when
            app.run(em -> em.find(Author.class, id).setName("chekhov"));

            // then
            assertThat(app.bean(Recorder.class).seen())
                    .containsExactly("pre-save chekhov created=false", "post-save chekhov created=false");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void firesPreAndPostDeleteOncePerRemove(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, SignalDeliveryTestAuthorReceivers.class)) {
            // given
            Long id = app.persist(new Author("gogol")).getId();
            app.bean(Recorder.class).clear();

            // when
            app.run(em -> em.remove(em.find(Author.class, id)));

            // then
            assertThat(app.bean(Recorder.class).seen())
                    .containsExactly("pre-delete gogol", "post-delete gogol");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void firesDeleteSignalsWhenRemovingThroughAReference(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, SignalDeliveryTestAuthorReceivers.class)) {
            // given
            Long id = app.persist(new Author("lermontov")).getId();
            app.bean(Recorder.class).clear();

            // when: an uninitialized reference, which Hibernate deletes without loading unless callbacks need it
            app.run(em -> em.remove(em.getReference(Author.class, id)));

            // then
            assertThat(app.bean(Recorder.class).seen()).containsExactly("pre-delete lermontov", "post-delete lermontov");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void deliversNothingForBulkUpdatesAndDeletes(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, SignalDeliveryTestAuthorReceivers.class)) {
            // given
            app.persist(new Author("bulk"));
            app.bean(Recorder.class).clear();

            // when: JPQL bulk operations bypass entity callbacks, as QuerySet.update() bypasses Django signals
            int updated = app.call(em -> em.createQuery("update Author a set a.name = 'renamed'").executeUpdate());
            int deleted = app.call(em -> em.createQuery("delete from Author a").executeUpdate());

            // then
            assertThat(updated).isEqualTo(1);
            assertThat(deleted).isEqualTo(1);
            assertThat(app.bean(Recorder.class).seen()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void unchangedEntitySignalsNothingAtCommit(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, SignalDeliveryTestAuthorReceivers.class)) {
            // given
            Long id = app.persist(new Author("pushkin")).getId();
            app.bean(Recorder.class).clear();

            // when
            app.run(em -> em.find(Author.class, id).getName());

            // then
            assertThat(app.bean(Recorder.class).seen()).isEmpty();
        }
    }

    @ApplicationScoped
    static class SignalDeliveryTestSenderReceivers {
        @Inject
        Recorder recorder;

        void people(@Observes @PostSave(Person.class) SaveEvent<Person> event) {
            recorder.record("person " + event.entity());
        }

        void admins(@Observes @PostSave(Admin.class) SaveEvent<Admin> event) {
            recorder.record("admin " + event.entity());
        }

        void byTypeArgument(@Observes @PostSave SaveEvent<Book> event) {
            recorder.record("book " + event.entity());
        }

        void severalSenders(@Observes @PostSave({Book.class, Admin.class}) SaveEvent<?> event) {
            recorder.record("book-or-admin " + event.entity());
        }

        void everything(@Observes @PostSave SaveEvent<?> event) {
            recorder.record("any " + event.entity());
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void sendersMatchSubclassesAndTypeArgumentsFilterWhenNoSenderIsNamed(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, SignalDeliveryTestSenderReceivers.class)) {
            // when
            app.run(em -> em.persist(new Person("ann")));
            app.run(em -> em.persist(new Admin("bob")));
            app.run(em -> em.persist(new Book("war and peace")));
            app.run(em -> em.persist(new Author("tolstoy")));

            // then
            assertThat(app.bean(Recorder.class).seen()).containsExactlyInAnyOrder(
                    "person Person ann", "any Person ann",
                    "person Admin bob", "admin Admin bob", "book-or-admin Admin bob", "any Admin bob",
                    "book Book war and peace", "book-or-admin Book war and peace", "any Book war and peace",
                    "any Author tolstoy");
        }
    }

    @ApplicationScoped
    static class SignalDeliveryTestUnusualReceivers {
        @Inject
        Recorder recorder;

        void byInterface(@Observes @PostSave(Audited.class) SaveEvent<Audited> event) {
            recorder.record("audited " + event.entity().getClass().getSimpleName());
        }

        void upperBound(@Observes @PreSave(Admin.class) SaveEvent<? extends Person> event) {
            recorder.record("bounded " + event.entity().getName());
        }

        @SuppressWarnings("rawtypes")
        void raw(@Observes @PostDelete(Note.class) DeleteEvent event) {
            recorder.record("raw " + event.entity().getClass().getSimpleName());
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void deliversToInterfaceSendersBoundedAndRawPayloads(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, SignalDeliveryTestUnusualReceivers.class)) {
            // when
            Long id = app.persist(new Note("remember")).getId();
            app.run(em -> em.persist(new Admin("eve")));
            app.run(em -> em.persist(new Person("not an admin")));
            app.run(em -> em.remove(em.find(Note.class, id)));

            // then
            assertThat(app.bean(Recorder.class).seen()).containsExactly("audited Note", "bounded eve", "raw Note");
        }
    }

    @Test
    void deliversThePostPhaseOfHibernateStatelessSessionsAtOnce() {
        try (TestApp app = TestApp.start(Provider.HIBERNATE, Recorder.class, SignalDeliveryTestAuthorReceivers.class)) {
            // when
            try (StatelessSession session = app.factory().unwrap(SessionFactory.class).openStatelessSession()) {
                session.getTransaction().begin();
                session.insert(new Author("stateless"));
                session.getTransaction().commit();
            }

            // then
            assertThat(app.rowsCommitted("AUTHOR")).isEqualTo(1);
            assertThat(app.bean(Recorder.class).seen()).contains("post-save stateless created=true");
        }
    }
}
