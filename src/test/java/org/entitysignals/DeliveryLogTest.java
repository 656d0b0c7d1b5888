package org.entitysignals;

import static org.assertj.core.api.Assertions.assertThat;


import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.entitysignals.model.Author;
import org.entitysignals.support.LogCapture;
import org.entitysignals.support.Provider;
import org.entitysignals.support.TestApp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The logger {@code org.entitysignals.delivery} says each delivery at DEBUG, and nothing unless asked. */
class DeliveryLogTest {

    private static final Logger DELIVERIES = Logger.getLogger("org.entitysignals.delivery");

    @ApplicationScoped
    static class DeliveryLogTestReceivers {
        void first(@Observes @PostSave(Author.class) SaveEvent<Author> event) {
        }

        void second(@Observes @PostSave SaveEvent<?> event) {
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void logsEachDeliveryWithPhaseEntityIdAndReceiversWhenDebugIsOn(Provider provider) {
        DELIVERIES.setLevel(Level.FINE);
        try (TestApp app = TestApp.start(provider, DeliveryLogTestReceivers.class);
                LogCapture debug = LogCapture.of(Level.FINE)) {
            // when
            Author author = app.persist(new Author("tolstoy"));

            // then
            assertThat(debug.messages("ESIG205")).containsExactly("ESIG205: @PostSave of " + Author.class.getName()
                    + " with id " + author.getId() + " to 2 receivers");
        } finally {
            DELIVERIES.setLevel(null);
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void logsNothingPerDeliveryByDefault(Provider provider) {
        try (TestApp app = TestApp.start(provider, DeliveryLogTestReceivers.class);
                LogCapture info = LogCapture.of(Level.INFO)) {
            // when
            app.persist(new Author("tolstoy"));

            // then: JUL's default level is INFO, and the delivery line is below it
            assertThat(info.messages("ESIG205")).isEmpty();
        }
    }
}
