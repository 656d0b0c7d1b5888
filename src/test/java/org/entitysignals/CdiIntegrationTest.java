package org.entitysignals;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.spi.EventMetadata;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.entitysignals.model.Author;
import org.entitysignals.support.LogCapture;
import org.entitysignals.support.Provider;
import org.entitysignals.support.Recorder;
import org.entitysignals.support.TestApp;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Receivers keep the CDI observer features users expect. */
class CdiIntegrationTest {

    @ApplicationScoped
    static class CdiIntegrationTestReceivers {
        final CompletableFuture<String> asyncThread = new CompletableFuture<>();

        @Inject
        Recorder recorder;

        void withMetadata(@Observes @PostSave(Author.class) SaveEvent<Author> event, EventMetadata metadata) {
            recorder.record(metadata.getQualifiers().stream().anyMatch(PostSave.class::isInstance)
                    + " " + (metadata.getType() instanceof Class<?> type && SaveEvent.class.isAssignableFrom(type)));
        }

        void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) @PostSave(Author.class)
                SaveEvent<Author> event, EventMetadata metadata) {
            recorder.record("after success " + metadata.getQualifiers().stream().anyMatch(PostSave.class::isInstance));
        }

        void later(@ObservesAsync @PostSave(Author.class) SaveEvent<Author> event) {
            asyncThread.complete(Thread.currentThread().getName() + " " + event.entity().getName());
        }

        CompletableFuture<String> asyncThread() {
            return asyncThread;
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void givesEventMetadataAndDeliversToAsyncReceiversOnAnotherThread(Provider provider) throws Exception {
        try (TestApp app = TestApp.start(provider, Recorder.class, CdiIntegrationTestReceivers.class)) {
            // when
            app.run(em -> em.persist(new Author("asimov")));

            // then
            assertThat(app.bean(Recorder.class).seen()).containsExactly("true true", "after success true");
            String async = app.bean(CdiIntegrationTestReceivers.class).asyncThread().get(10, TimeUnit.SECONDS);
            assertThat(async).endsWith(" asimov").doesNotStartWith(Thread.currentThread().getName() + " ");
        }
    }

    @Test
    void registersTheExtensionThroughServiceLoaderWhenWeldDiscovers() {
        // when: no addExtension(), discovery on
        try (WeldContainer container = new Weld().addBeanClass(Recorder.class).initialize()) {
            // then
            assertThat(container.getBeanManager().getExtension(EntitySignalsExtension.class)).isNotNull();
        }
    }

    @ApplicationScoped
    static class CdiIntegrationTestFailingAsyncReceiver {
        void fail(@ObservesAsync @PostSave(Author.class) SaveEvent<Author> event) {
            throw new IllegalStateException("async receiver broke on " + event.entity().getName());
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void logsAFailingAsyncReceiverWithoutTouchingTheTransaction(Provider provider) throws Exception {
        try (LogCapture warnings = LogCapture.of(Level.WARNING);
                TestApp app = TestApp.start(provider, CdiIntegrationTestFailingAsyncReceiver.class)) {
            // when
            app.run(em -> em.persist(new Author("bradbury")));

            // then
            for (int wait = 0; wait < 100 && warnings.messages("ESIG101").isEmpty(); wait++) {
                Thread.sleep(100);
            }
            assertThat(warnings.messages("ESIG101")).singleElement().asString()
                    .contains("async receiver broke on bradbury");
            assertThat(app.rowsCommitted("AUTHOR")).isEqualTo(1);
        }
    }

    /** A receiver inherited from an abstract class, next to one the bean declares and an injected parameter. */
    abstract static class CdiIntegrationTestBaseReceivers {
        @Inject
        Recorder recorder;

        void inherited(@Observes @PostSave(Author.class) SaveEvent<Author> event) {
            recorder.record("inherited " + event.entity().getName());
        }
    }

    @ApplicationScoped
    static class CdiIntegrationTestSubReceivers extends CdiIntegrationTestBaseReceivers {
        void declared(@Observes @PostSave(Author.class) SaveEvent<Author> event, Recorder injected) {
            injected.record("declared " + event.entity().getName());
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void deliversToInheritedReceiversAndInjectsTheirOtherParameters(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, CdiIntegrationTestSubReceivers.class)) {
            // when
            app.persist(new Author("tolstoy"));

            // then
            assertThat(app.bean(Recorder.class).seen()).containsExactlyInAnyOrder("inherited tolstoy", "declared tolstoy");
        }
    }
}
