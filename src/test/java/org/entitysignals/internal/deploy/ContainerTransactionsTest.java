package org.entitysignals.internal.deploy;

import static org.assertj.core.api.Assertions.assertThat;


import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.entitysignals.PostSave;
import org.entitysignals.ReceiverFailed;
import org.entitysignals.SaveEvent;
import org.entitysignals.model.Author;
import org.entitysignals.support.LogCapture;
import org.entitysignals.support.Provider;
import org.entitysignals.support.Recorder;
import org.entitysignals.support.TestApp;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.transaction.spi.TransactionServices;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A container with a transaction integration (WildFly, Payara: Weld with {@code TransactionServices}) keeps running
 * transactional receivers itself; the library takes them over only where the container would run them at once.
 */
class ContainerTransactionsTest {

    @ApplicationScoped
    static class ContainerTransactionsTestReceivers {
        @Inject
        Recorder recorder;

        void afterSuccess(@Observes(during = TransactionPhase.AFTER_SUCCESS) @PostSave(Author.class)
                SaveEvent<Author> event) {
            recorder.record("after success " + event.entity().getName());
        }
    }

    /** What a server's integration gives Weld: here, a transaction always active whose synchronizations we hold. */
    static final class ServerTransactions implements TransactionServices {
        final List<Synchronization> registered = new ArrayList<>();

        @Override
        public void registerSynchronization(Synchronization synchronization) {
            registered.add(synchronization);
        }

        @Override
        public boolean isTransactionActive() {
            return true;
        }

        @Override
        public UserTransaction getUserTransaction() {
            return null;
        }

        @Override
        public void cleanup() {
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void leavesTransactionalReceiversToAContainerWithATransactionIntegration(Provider provider) {
        ServerTransactions server = new ServerTransactions();
        Weld weld = new Weld().addServices(server);
        try (TestApp app = TestApp.start(weld, provider.unit(), Map.of(), ContainerTransactionsTestReceivers.class,
                Recorder.class)) {
            // when: the resource-local transaction commits, but the container's transaction has not completed
            app.persist(new Author("ada"));

            // then: the container deferred the receiver, and runs it when its transaction completes
            assertThat(app.bean(Recorder.class).seen()).isEmpty();
            assertThat(server.registered).hasSize(1);
            server.registered.forEach(Synchronization::beforeCompletion);
            server.registered.forEach(synchronization -> synchronization.afterCompletion(Status.STATUS_COMMITTED));
            assertThat(app.bean(Recorder.class).seen()).containsExactly("after success ada");
        }
    }

    @ApplicationScoped
    static class ContainerTransactionsTestFailing {
        @Inject
        Recorder recorder;

        void failing(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(10) @PostSave(Author.class)
                SaveEvent<Author> event) {
            throw new IllegalStateException("mail server down for " + event.entity().getName());
        }

        void next(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(20) @PostSave(Author.class)
                SaveEvent<Author> event) {
            recorder.record("next " + event.entity().getName());
        }

        void alert(@Observes ReceiverFailed failure) {
            recorder.record("failed " + failure.receiver() + ": " + failure.exception().getMessage());
        }
    }

    /** A final bean class cannot be intercepted: its receivers are left unguarded, and it still deploys. */
    @Dependent
    static final class ContainerTransactionsTestFinal {
        void afterSuccess(@Observes(during = TransactionPhase.AFTER_SUCCESS) @PostSave(Author.class)
                SaveEvent<Author> event) {
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void reportsAFailingReceiverTheContainerRunsAfterCompletion(Provider provider) {
        ServerTransactions server = new ServerTransactions();
        try (LogCapture warnings = LogCapture.of(Level.WARNING);
                TestApp app = TestApp.start(new Weld().addServices(server), provider.unit(), Map.of(),
                        ContainerTransactionsTestFailing.class, ContainerTransactionsTestFinal.class,
                        Recorder.class)) {
            // given
            Author author = app.persist(new Author("ada"));

            // when: the container's transaction commits
            server.registered.forEach(Synchronization::beforeCompletion);
            server.registered.forEach(synchronization -> synchronization.afterCompletion(Status.STATUS_COMMITTED));

            // then
            String location = ContainerTransactionsTestFailing.class.getName() + "#failing(SaveEvent)";
            assertThat(app.bean(Recorder.class).seen()).containsExactly(
                    "failed " + location + ": mail server down for ada", "next ada");
            assertThat(warnings.messages("ESIG101")).singleElement().asString().contains(location,
                    "during AFTER_SUCCESS", Author.class.getName() + " with id " + author.getId());
        }
    }
}
