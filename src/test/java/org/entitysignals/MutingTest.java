package org.entitysignals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.entitysignals.model.Admin;
import org.entitysignals.model.Author;
import org.entitysignals.model.Book;
import org.entitysignals.model.Person;
import org.entitysignals.support.Provider;
import org.entitysignals.support.Recorder;
import org.entitysignals.support.TestApp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link Signals} mutes delivery on the current thread for a block, for all or some entity classes. */
class MutingTest {

    @ApplicationScoped
    static class MutingTestReceivers {
        @Inject
        Recorder recorder;

        void saved(@Observes @PostSave SaveEvent<?> event) {
            recorder.record("post-save " + event.entity());
        }

        void saving(@Observes @PreSave SaveEvent<?> event) {
            recorder.record("pre-save " + event.entity());
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void mutesEverySignalOfTheBlockAndOnlyThere(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, MutingTestReceivers.class)) {
            // when
            Signals.muted(() -> app.run(em -> em.persist(new Author("quiet"))));
            app.run(em -> em.persist(new Author("loud")));

            // then
            assertThat(app.bean(Recorder.class).seen()).containsExactly("pre-save Author loud", "post-save Author loud");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void mutesOnlyTheGivenClassesAndTheirSubclasses(Provider provider) throws Exception {
        try (TestApp app = TestApp.start(provider, Recorder.class, MutingTestReceivers.class)) {
            // when
            Long id = Signals.muted(() -> app.call(em -> {
                em.persist(new Admin("quiet admin"));
                em.persist(new Book("loud book"));
                Author author = new Author("loud author");
                em.persist(author);
                return author.getId();
            }), Person.class);

            // then
            assertThat(id).isNotNull();
            assertThat(app.bean(Recorder.class).seen()).containsExactlyInAnyOrder(
                    "pre-save Book loud book", "post-save Book loud book",
                    "pre-save Author loud author", "post-save Author loud author");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void endsWithItsScopeEvenWhenTheBlockThrows(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, MutingTestReceivers.class)) {
            // when
            assertThatThrownBy(() -> Signals.muted(() -> {
                throw new IllegalStateException("import failed");
            })).hasMessage("import failed");
            try (Signals.Muting outer = Signals.mute(Book.class)) {
                try (Signals.Muting inner = Signals.mute()) {
                    app.run(em -> em.persist(new Author("nested quiet")));
                }
                app.run(em -> em.persist(new Author("loud again")));
                app.run(em -> em.persist(new Book("still quiet")));
            }
            app.run(em -> em.persist(new Book("loud book")));

            // then
            assertThat(app.bean(Recorder.class).seen()).containsExactly(
                    "pre-save Author loud again", "post-save Author loud again",
                    "pre-save Book loud book", "post-save Book loud book");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void doesNotMuteOtherThreads(Provider provider) throws Exception {
        try (TestApp app = TestApp.start(provider, Recorder.class, MutingTestReceivers.class)) {
            // given
            CountDownLatch muted = new CountDownLatch(1);
            CountDownLatch otherDone = new CountDownLatch(1);

            // when: another thread saves while this one is muted
            CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
                await(muted);
                app.run(em -> em.persist(new Author("other thread")));
                otherDone.countDown();
            });
            Signals.muted(() -> {
                muted.countDown();
                await(otherDone);
                app.run(em -> em.persist(new Author("this thread")));
            });
            other.get(30, TimeUnit.SECONDS);

            // then
            assertThat(app.bean(Recorder.class).seen())
                    .containsExactly("pre-save Author other thread", "post-save Author other thread");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
