package org.entitysignals.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entitysignals.testing.SignalPhase.POST_DELETE;
import static org.entitysignals.testing.SignalPhase.POST_SAVE;
import static org.entitysignals.testing.SignalPhase.PRE_DELETE;
import static org.entitysignals.testing.SignalPhase.PRE_SAVE;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.entitysignals.DeleteEvent;
import org.entitysignals.EntitySignalsExtension;
import org.entitysignals.PostDelete;
import org.entitysignals.PostSave;
import org.entitysignals.PreSave;
import org.entitysignals.SaveEvent;
import org.entitysignals.model.Admin;
import org.entitysignals.model.Author;
import org.entitysignals.model.Book;
import org.entitysignals.model.Person;
import org.entitysignals.support.Provider;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * {@link MuteSignals} mutes what a test writes on its thread, for all or some entity classes, and only while the
 * test runs: weld-junit5 tests as users write them, on both providers.
 */
@EnableWeld
class MuteSignalsExtensionTest {

    /** The database the launched tests below write to, while a test of this class runs them. */
    private static volatile TestDatabase launchedDatabase;

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(WeldInitiator.createWeld().addExtension(new EntitySignalsExtension())
            .addBeanClasses(SignalRecorder.class, MuteSignalsExtensionTestReceivers.class)).build();

    @Inject
    SignalRecorder recorder;

    @Inject
    MuteSignalsExtensionTestReceivers receivers;

    @ApplicationScoped
    static class MuteSignalsExtensionTestReceivers {
        private final List<String> seen = new ArrayList<>();

        void saving(@Observes @PreSave SaveEvent<?> event) {
            record("pre-save " + event.entity());
        }

        void saved(@Observes @PostSave SaveEvent<?> event) {
            record("post-save " + event.entity());
        }

        void deleted(@Observes @PostDelete DeleteEvent<?> event) {
            record("post-delete " + event.entity());
        }

        synchronized void record(String what) {
            seen.add(what);
        }

        synchronized List<String> seen() {
            return List.copyOf(seen);
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    @MuteSignals
    void mutesEverySignalOfTheTest(Provider provider) {
        try (TestDatabase database = TestDatabase.open(provider)) {
            // when
            Author author = database.call(em -> {
                Author quiet = new Author("quiet");
                em.persist(quiet);
                em.persist(new Book("quiet"));
                return quiet;
            });
            database.run(em -> em.find(Author.class, author.getId()).setName("still quiet"));
            database.run(em -> em.remove(em.find(Author.class, author.getId())));
        }

        // then
        recorder.assertThat().none();
        assertThat(receivers.seen()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    @MuteSignals({Person.class, Book.class})
    void mutesOnlyTheGivenClassesAndTheirSubclasses(Provider provider) {
        try (TestDatabase database = TestDatabase.open(provider)) {
            // when
            Author author = database.call(em -> {
                em.persist(new Admin("quiet admin"));
                em.persist(new Person("quiet person"));
                em.persist(new Book("quiet book"));
                Author loud = new Author("loud");
                em.persist(loud);
                return loud;
            });
            database.run(em -> em.remove(em.find(Author.class, author.getId())));
        }

        // then
        recorder.assertThat().didNotSee(PRE_SAVE, Person.class).didNotSee(POST_SAVE, Book.class);
        recorder.assertThat().saw(POST_SAVE, Author.class).created().once();
        recorder.assertThat().inOrder(PRE_SAVE.of(Author.class), POST_SAVE.of(Author.class),
                PRE_DELETE.of(Author.class), POST_DELETE.of(Author.class));
        assertThat(receivers.seen()).containsExactly("pre-save Author loud", "post-save Author loud",
                "post-delete Author loud");
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void mutesOnlyWhileEachTestRunsEvenWhenItFails(Provider provider) {
        try (TestDatabase database = TestDatabase.open(provider)) {
            launchedDatabase = database;
            try {
                // when JUnit runs the tests below on this thread
                Events tests = EngineTestKit.engine("junit-jupiter")
                        .selectors(selectClass(LaunchedTests.class), selectClass(LaunchedMutedClass.class),
                                selectClass(LaunchedSubclass.class))
                        .execute().testEvents();

                // then
                tests.assertStatistics(stats -> stats.started(7).succeeded(6).failed(1));
            } finally {
                launchedDatabase = null;
            }
            assertThat(receivers.seen()).containsExactlyInAnyOrder(
                    "pre-save Author loud method", "post-save Author loud method",
                    "pre-save Book book of a muted class", "post-save Book book of a muted class",
                    "pre-save Book book of a nested class", "post-save Book book of a nested class",
                    "pre-save Book book of a subclass", "post-save Book book of a subclass");

            // and nothing is muted here any more
            database.run(em -> {
                em.persist(new Author("after"));
                em.persist(new Book("after"));
            });
            recorder.assertThat().saw(POST_SAVE, Author.class).matching("after",
                    signal -> signal.entity().toString().endsWith("after")).once();
            recorder.assertThat().saw(POST_SAVE, Book.class).matching("after",
                    signal -> signal.entity().toString().endsWith("after")).once();
        }
    }

    static boolean launched() {
        return launchedDatabase != null;
    }

    /** Run only by {@link #mutesOnlyWhileEachTestRunsEvenWhenItFails}. */
    @EnabledIf("org.entitysignals.testing.MuteSignalsExtensionTest#launched")
    static class LaunchedTests {

        @Test
        @MuteSignals
        void muted() {
            launchedDatabase.run(em -> em.persist(new Author("muted method")));
        }

        @Test
        @MuteSignals
        void failsWhileMuted() {
            launchedDatabase.run(em -> em.persist(new Author("muted failing method")));
            throw new AssertionError("failed on purpose");
        }

        @Test
        void loud() {
            launchedDatabase.run(em -> em.persist(new Author("loud method")));
        }
    }

    /** Run only by {@link #mutesOnlyWhileEachTestRunsEvenWhenItFails}. */
    @EnabledIf("org.entitysignals.testing.MuteSignalsExtensionTest#launched")
    @MuteSignals(Author.class)
    static class LaunchedMutedClass {

        @Test
        void mutesTheClassesOfTheClassAnnotation() {
            launchedDatabase.run(em -> {
                em.persist(new Author("author of a muted class"));
                em.persist(new Book("book of a muted class"));
            });
        }

        @Test
        @MuteSignals(Book.class)
        void addsTheClassesOfTheMethodAnnotation() {
            launchedDatabase.run(em -> {
                em.persist(new Author("author of a muted method"));
                em.persist(new Book("book of a muted method"));
            });
        }

        @Nested
        class Inner {
            @Test
            void mutesNestedTestsToo() {
                launchedDatabase.run(em -> {
                    em.persist(new Author("author of a nested class"));
                    em.persist(new Book("book of a nested class"));
                });
            }
        }
    }

    /** The annotation is inherited: {@link LaunchedSubclass} mutes authors. */
    @MuteSignals(Author.class)
    abstract static class LaunchedMutedSuperclass {
    }

    /** Run only by {@link #mutesOnlyWhileEachTestRunsEvenWhenItFails}. */
    @EnabledIf("org.entitysignals.testing.MuteSignalsExtensionTest#launched")
    static class LaunchedSubclass extends LaunchedMutedSuperclass {

        @Test
        void mutesWhatTheSuperclassNames() {
            launchedDatabase.run(em -> {
                em.persist(new Author("author of a subclass"));
                em.persist(new Book("book of a subclass"));
            });
        }
    }
}
