package org.entitysignals.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entitysignals.testing.SignalPhase.LOADED;
import static org.entitysignals.testing.SignalPhase.POST_DELETE;
import static org.entitysignals.testing.SignalPhase.POST_SAVE;
import static org.entitysignals.testing.SignalPhase.PRE_DELETE;
import static org.entitysignals.testing.SignalPhase.PRE_SAVE;
import static org.entitysignals.testing.SignalPhase.RELATION_CHANGED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.entitysignals.DeleteEvent;
import org.entitysignals.PostSave;
import org.entitysignals.PreDelete;
import org.entitysignals.RelationEvent;
import org.entitysignals.SaveEvent;
import org.entitysignals.model.Admin;
import org.entitysignals.model.AuditEntry;
import org.entitysignals.model.Author;
import org.entitysignals.model.Book;
import org.entitysignals.model.Course;
import org.entitysignals.model.Learner;
import org.entitysignals.model.NamedEntity;
import org.entitysignals.model.Person;
import org.entitysignals.support.Provider;
import org.entitysignals.support.TestApp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link SignalRecorder} records what real providers signal, and its assertions pass on what it recorded. */
class SignalRecorderTest {

    /** Writes an audit row for every author saved, and vetoes deleting the author named "kept". */
    @ApplicationScoped
    static class SignalRecorderTestReceivers {
        @Inject
        EntityManager em;

        void audit(@Observes @PostSave(Author.class) SaveEvent<Author> event) {
            em.persist(new AuditEntry("saved " + event.entity().getName()));
        }

        void keep(@Observes @PreDelete(Author.class) DeleteEvent<Author> event) {
            if ("kept".equals(event.entity().getName())) {
                throw new IllegalStateException("kept");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void recordsEveryPhaseOfAnEntityInOrder(Provider provider) {
        try (TestApp app = TestApp.start(provider, SignalRecorder.class)) {
            SignalRecorder recorder = app.bean(SignalRecorder.class);

            // when
            Book book = app.persist(new Book("dune"));
            app.run(em -> em.find(Book.class, book.getId()).setName("dune messiah"));
            app.run(em -> em.remove(em.find(Book.class, book.getId())));

            // then
            recorder.assertThat().exactly(PRE_SAVE.of(Book.class), POST_SAVE.of(Book.class),
                    LOADED.of(Book.class), PRE_SAVE.of(Book.class), POST_SAVE.of(Book.class),
                    LOADED.of(Book.class), PRE_DELETE.of(Book.class), POST_DELETE.of(Book.class));
            recorder.assertThat().saw(POST_SAVE, Book.class).times(2);
            recorder.assertThat().saw(POST_SAVE, Book.class).created().once().withEntities(book);
            recorder.assertThat().saw(PRE_DELETE, Book.class)
                    .where("named dune messiah", deleted -> deleted.getName().equals("dune messiah")).atLeastOnce();
            List<Book> updated = recorder.assertThat().saw(POST_SAVE, Book.class).updated().once().entities();
            assertThat(updated).extracting(Book::getName).containsExactly("dune messiah");
            recorder.assertThat().saw(POST_DELETE, Book.class).once();
            recorder.assertThat().didNotSee(RELATION_CHANGED, Object.class).didNotSee(POST_SAVE, Author.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void recordsCreatedAndWhatAPostSaveChanged(Provider provider) {
        try (TestApp app = TestApp.start(provider, SignalRecorder.class)) {
            SignalRecorder recorder = app.bean(SignalRecorder.class);
            Book book = app.persist(new Book("dune"));

            // when
            app.run(em -> em.find(Book.class, book.getId()).setName("dune messiah"));

            // then
            List<RecordedSignal> saves = recorder.signals(POST_SAVE, Book.class);
            assertThat(saves).extracting(RecordedSignal::created).containsExactly(true, false);
            assertThat(saves.get(1).changedAttributes()).containsExactly("name");
            assertThat(saves.get(1).event(SaveEvent.class).created()).isFalse();
            recorder.assertThat().saw(POST_SAVE, Book.class)
                    .matching("changing name", signal -> signal.changedAttributes().contains("name")).times(2);
            RecordedSignal preSave = recorder.signals(PRE_SAVE, Book.class).get(0);
            assertThatThrownBy(preSave::changedAttributes).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("the changed attributes are recorded for @PostSave signals only");
            RecordedSignal loaded = recorder.signals(LOADED, Book.class).get(0);
            assertThatThrownBy(loaded::created).isInstanceOf(IllegalStateException.class)
                    .hasMessage("created() is known for @PreSave and @PostSave signals only, not for "
                            + "@Loaded org.entitysignals.model.Book: Book dune messiah");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void recordsEachSignalBeforeTheReceiversAndWhatTheyCauseAfterIt(Provider provider) {
        try (TestApp app = TestApp.start(provider, SignalRecorder.class, SignalRecorderTestReceivers.class)) {
            SignalRecorder recorder = app.bean(SignalRecorder.class);

            // when a receiver writes an audit row, and another vetoes a delete
            Author kept = app.persist(new Author("kept"));
            assertThatThrownBy(() -> app.run(em -> em.remove(em.find(Author.class, kept.getId()))))
                    .hasMessage("kept");

            // then
            recorder.assertThat().inOrder(PRE_SAVE.of(Author.class), POST_SAVE.of(Author.class),
                    PRE_SAVE.of(AuditEntry.class), POST_SAVE.of(AuditEntry.class), PRE_DELETE.of(Author.class));
            recorder.assertThat().saw(PRE_DELETE, Author.class).once().withEntities(
                    recorder.signals(LOADED, Author.class).get(0).entity());
            recorder.assertThat().didNotSee(POST_DELETE, Object.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void recordsRelationChangesWithTheirEvent(Provider provider) {
        try (TestApp app = TestApp.start(provider, SignalRecorder.class)) {
            SignalRecorder recorder = app.bean(SignalRecorder.class);
            Long math = app.persist(new Course("math")).getId();
            recorder.clear();

            // when
            Learner lea = app.call(em -> {
                Learner learner = new Learner("lea");
                learner.getCourses().add(em.find(Course.class, math));
                em.persist(learner);
                return learner;
            });

            // then
            recorder.assertThat().saw(RELATION_CHANGED, Learner.class).times(2)
                    .matching("POST_ADD", signal -> signal.event(RelationEvent.class).action()
                            == RelationEvent.Action.POST_ADD)
                    .once().withEntities(lea);
            assertThat(recorder.signals(RELATION_CHANGED, Course.class)).hasSize(2)
                    .allSatisfy(signal -> assertThat(signal.event(RelationEvent.class).reverse()).isTrue());
            assertThat(recorder.signals(RELATION_CHANGED, Learner.class).get(0))
                    .hasToString("@RelationChanged org.entitysignals.model.Learner.courses PRE_ADD: Learner lea");
            recorder.assertThat().saw(POST_SAVE, Learner.class).created().once();
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void matchesSubclassesOfTheEntityClassAsSendersDo(Provider provider) {
        try (TestApp app = TestApp.start(provider, SignalRecorder.class)) {
            SignalRecorder recorder = app.bean(SignalRecorder.class);

            // when
            app.persist(new Admin("root"));
            app.persist(new Person("guest"));
            app.persist(new Author("asimov"));

            // then
            recorder.assertThat().saw(POST_SAVE, Person.class).times(2);
            recorder.assertThat().saw(POST_SAVE, Admin.class).once();
            recorder.assertThat().saw(POST_SAVE, NamedEntity.class).once();
            recorder.assertThat().saw(POST_SAVE).times(3);
            assertThat(recorder.assertThat().saw(PRE_SAVE, Person.class).entities())
                    .extracting(Person::getName).containsExactly("root", "guest");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void recordsTheSignalsOfEveryThreadAndForgetsThemOnClear(Provider provider) throws Exception {
        try (TestApp app = TestApp.start(provider, SignalRecorder.class)) {
            SignalRecorder recorder = app.bean(SignalRecorder.class);

            // when two threads save twenty books each
            CompletableFuture<?>[] writers = IntStream.range(0, 2).mapToObj(thread -> CompletableFuture.runAsync(
                    () -> IntStream.range(0, 20).forEach(i -> app.persist(new Book(thread + "-" + i)))))
                    .toArray(CompletableFuture<?>[]::new);
            CompletableFuture.allOf(writers).get(60, TimeUnit.SECONDS);

            // then
            recorder.assertThat().saw(PRE_SAVE, Book.class).times(40);
            recorder.assertThat().saw(POST_SAVE, Book.class).created().times(40);
            recorder.clear();
            recorder.assertThat().none();
            assertThat(recorder.signals()).isEmpty();
        }
    }
}
