package org.entitysignals.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entitysignals.PostSave;
import org.entitysignals.SaveEvent;
import org.entitysignals.model.Author;
import org.entitysignals.support.GarbageCollection;
import org.entitysignals.support.Provider;
import org.entitysignals.support.Recorder;
import org.entitysignals.support.TestApp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A transaction never committed nor rolled back takes what waits for its completion with it. */
class TransactionsTest {

    private static final int ABANDONED = 60;

    @ApplicationScoped
    static class CompletionsTestReceivers {
        @Inject
        Recorder recorder;

        void afterSuccess(@Observes(during = TransactionPhase.AFTER_SUCCESS) @PostSave(Author.class)
                SaveEvent<Author> event) {
            recorder.record("after success " + event.entity().getName());
        }

        void afterCompletion(@Observes(during = TransactionPhase.AFTER_COMPLETION) @PostSave(Author.class)
                SaveEvent<Author> event) {
            recorder.record("after completion " + event.entity().getName());
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void dropsTheQueuesOfTransactionsWhoseEntityManagerClosedWithoutCommitOrRollback(Provider provider) {
        // each abandoned transaction keeps its connection: room for all of them in the providers' pools
        Map<String, Object> pools = Map.of("hibernate.connection.pool_size", String.valueOf(ABANDONED + 10),
                "eclipselink.connection-pool.default.max", String.valueOf(ABANDONED + 10));
        try (TestApp app = TestApp.start(provider.unit(), pools, CompletionsTestReceivers.class, Recorder.class)) {
            // given
            List<WeakReference<Author>> queued = new ArrayList<>();
            for (int i = 0; i < ABANDONED; i++) {
                EntityManager em = app.factory().createEntityManager();
                em.getTransaction().begin();
                Author author = new Author("abandoned" + i);
                em.persist(author);
                em.flush();
                queued.add(new WeakReference<>(author));
                assertThat(Transactions.open()).as("a completion waits for the transaction").isPositive();

                // when
                em.close();
            }

            // then
            assertThat(GarbageCollection.leftAfterCollecting(Transactions::open)).isZero();
            assertThat(queued).allSatisfy(author -> assertThat(author.get()).isNull());
            assertThat(app.bean(Recorder.class).seen()).isEmpty();
            app.run(em -> em.persist(new Author("committed")));
            assertThat(app.bean(Recorder.class).seen()).containsExactlyInAnyOrder("after success committed",
                    "after completion committed");
        }
    }
}
