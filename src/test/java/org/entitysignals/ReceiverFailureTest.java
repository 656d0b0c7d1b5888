package org.entitysignals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.entitysignals.model.Author;
import org.entitysignals.model.Book;
import org.entitysignals.support.LogCapture;
import org.entitysignals.support.Provider;
import org.entitysignals.support.Recorder;
import org.entitysignals.support.TestApp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Where the transaction's outcome is decided (after completion, asynchronously), a failing receiver stops no other
 * receiver and is reported: logged once and fired as {@link ReceiverFailed}. Inline receivers keep JPA's contract.
 */
class ReceiverFailureTest {

    private static final String RECEIVERS = ReceiverFailureTestReceivers.class.getName();

    @ApplicationScoped
    static class ReceiverFailureTestReceivers {
        @Inject
        Recorder recorder;

        void failing(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(10) @PostSave(Author.class)
                SaveEvent<Author> event) {
            recorder.record("failing " + event.entity().getName());
            throw new IllegalStateException("mail server down for " + event.entity().getName());
        }

        void next(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(20) @PostSave(Author.class)
                SaveEvent<Author> event) {
            recorder.record("next " + event.entity().getName());
        }

        void failingAfterRollback(@Observes(during = TransactionPhase.AFTER_FAILURE) @PostSave(Author.class)
                SaveEvent<Author> event) {
            throw new IllegalStateException("cannot clean up " + event.entity().getName());
        }

        void failingAsync(@ObservesAsync @PostSave(Book.class) SaveEvent<Book> event) {
            throw new IllegalStateException("index down for " + event.entity().getName());
        }

        void nextAsync(@ObservesAsync @PostSave(Book.class) SaveEvent<Book> event) {
            recorder.record("next async " + event.entity().getName());
        }
    }

    /** What an application would do with the failures: count them. */
    @ApplicationScoped
    static class ReceiverFailureTestAlerts {
        final List<ReceiverFailed> failures = new ArrayList<>();

        synchronized void alert(@Observes ReceiverFailed failure) {
            failures.add(failure);
        }

        synchronized List<ReceiverFailed> failures() {
            return List.copyOf(failures);
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void anAfterSuccessFailureStopsNoOtherReceiverAndIsReportedOnce(Provider provider) {
        try (LogCapture warnings = LogCapture.of(Level.WARNING);
                TestApp app = TestApp.start(provider, ReceiverFailureTestReceivers.class,
                        ReceiverFailureTestAlerts.class, Recorder.class)) {
            // when
            Author author = app.persist(new Author("ursula"));

            // then
            assertThat(app.bean(Recorder.class).seen()).containsExactly("failing ursula", "next ursula");
            assertThat(app.rowsCommitted("AUTHOR")).isEqualTo(1);
            String location = RECEIVERS + "#failing(SaveEvent)";
            assertThat(warnings.messages("ESIG101")).singleElement().asString().contains(location,
                    "during AFTER_SUCCESS", Author.class.getName() + " with id " + author.getId(),
                    "mail server down for ursula");
            assertThat(app.bean(ReceiverFailureTestAlerts.class).failures()).singleElement().satisfies(failure -> {
                assertThat(failure.receiver()).isEqualTo(location);
                assertThat(((SaveEvent<?>) failure.event()).entity()).isSameAs(author);
                assertThat(failure.exception()).isInstanceOf(IllegalStateException.class)
                        .hasMessage("mail server down for ursula");
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void anAfterFailureFailureLeavesTheRollbackAsItWas(Provider provider) {
        try (LogCapture warnings = LogCapture.of(Level.WARNING);
                TestApp app = TestApp.start(provider, ReceiverFailureTestReceivers.class,
                        ReceiverFailureTestAlerts.class, Recorder.class)) {
            // when: the application's own exception comes out, not the receiver's
            assertThatThrownBy(() -> app.run(em -> {
                em.persist(new Author("tolkien"));
                em.flush();
                throw new IllegalArgumentException("the application's own failure");
            })).isInstanceOf(IllegalArgumentException.class);

            // then
            assertThat(warnings.messages("ESIG101")).singleElement().asString()
                    .contains(RECEIVERS + "#failingAfterRollback(SaveEvent)", "during AFTER_FAILURE");
            assertThat(app.bean(ReceiverFailureTestAlerts.class).failures()).singleElement()
                    .satisfies(failure -> assertThat(failure.exception()).hasMessage("cannot clean up tolkien"));
            assertThat(app.rowsCommitted("AUTHOR")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void anAsyncFailureStopsNoOtherAsyncReceiverAndIsReportedOnce(Provider provider) throws Exception {
        try (LogCapture warnings = LogCapture.of(Level.WARNING);
                TestApp app = TestApp.start(provider, ReceiverFailureTestReceivers.class,
                        ReceiverFailureTestAlerts.class, Recorder.class)) {
            // when
            Book book = app.persist(new Book("dune"));

            // then
            ReceiverFailureTestAlerts alerts = app.bean(ReceiverFailureTestAlerts.class);
            Recorder recorder = app.bean(Recorder.class);
            for (int wait = 0; wait < 100 && (alerts.failures().isEmpty() || recorder.seen().isEmpty()); wait++) {
                Thread.sleep(100);
            }
            assertThat(recorder.seen()).containsExactly("next async dune");
            assertThat(alerts.failures()).singleElement().satisfies(failure -> {
                assertThat(failure.receiver()).isEqualTo(RECEIVERS + "#failingAsync(SaveEvent)");
                assertThat(failure.exception()).hasMessage("index down for dune");
            });
            assertThat(warnings.messages("ESIG101")).singleElement().asString().contains(
                    RECEIVERS + "#failingAsync(SaveEvent)", "asynchronously",
                    Book.class.getName() + " with id " + book.getId());
            assertThat(app.rowsCommitted("BOOK")).isEqualTo(1);
        }
    }

    @ApplicationScoped
    static class ReceiverFailureTestInline {
        void failing(@Observes @PostSave(Author.class) SaveEvent<Author> event) {
            throw new IllegalStateException("inline receiver broke on " + event.entity().getName());
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void anInlineFailurePropagatesAndRollsBackWithoutReport(Provider provider) {
        try (LogCapture warnings = LogCapture.of(Level.WARNING);
                TestApp app = TestApp.start(provider, ReceiverFailureTestInline.class,
                        ReceiverFailureTestAlerts.class)) {
            // when
            assertThatThrownBy(() -> app.persist(new Author("le guin")))
                    .hasStackTraceContaining("inline receiver broke on le guin");

            // then
            assertThat(app.rowsCommitted("AUTHOR")).isZero();
            assertThat(app.bean(ReceiverFailureTestAlerts.class).failures()).isEmpty();
            assertThat(warnings.messages("ESIG101")).isEmpty();
        }
    }

    @ApplicationScoped
    static class ReceiverFailureTestBrokenAlerts {
        @Inject
        Recorder recorder;

        void alert(@Observes ReceiverFailed failure) {
            recorder.record("alerted");
            throw new IllegalStateException("the alerting broke too");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void aFailingObserverOfReceiverFailedIsLoggedNotReportedAgain(Provider provider) {
        try (LogCapture warnings = LogCapture.of(Level.WARNING);
                TestApp app = TestApp.start(provider, ReceiverFailureTestReceivers.class,
                        ReceiverFailureTestBrokenAlerts.class, Recorder.class)) {
            // when
            app.persist(new Author("octavia"));

            // then
            assertThat(app.bean(Recorder.class).seen()).containsExactly("failing octavia", "alerted", "next octavia");
            assertThat(warnings.messages("ESIG101")).hasSize(1);
            assertThat(warnings.messages("ESIG107")).singleElement().asString()
                    .contains(RECEIVERS + "#failing(SaveEvent)");
            assertThat(app.rowsCommitted("AUTHOR")).isEqualTo(1);
        }
    }

    @ApplicationScoped
    static class ReceiverFailureTestOrderedAsync {
        @Inject
        Recorder recorder;

        void first(@ObservesAsync @Priority(1) @PostSave(Author.class) SaveEvent<Author> event)
                throws InterruptedException {
            Thread.sleep(300);
            recorder.record("async first");
            throw new IllegalStateException("first failed");
        }

        void second(@ObservesAsync @Priority(2) @PostSave(Author.class) SaveEvent<Author> event) {
            recorder.record("async second");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void asyncReceiversOfOneSignalRunOneAfterTheOtherByPriority(Provider provider) throws Exception {
        try (TestApp app = TestApp.start(provider, ReceiverFailureTestOrderedAsync.class,
                ReceiverFailureTestAlerts.class, Recorder.class)) {
            // when
            app.persist(new Author("async"));
            for (int wait = 0; wait < 100 && app.bean(Recorder.class).seen().size() < 2; wait++) {
                Thread.sleep(100);
            }

            // then: as CDI orders the asynchronous observers of one event, a failure included
            assertThat(app.bean(Recorder.class).seen()).containsExactly("async first", "async second");
            assertThat(app.bean(ReceiverFailureTestAlerts.class).failures()).singleElement()
                    .satisfies(failure -> assertThat(failure.exception()).hasMessage("first failed"));
        }
    }
}
