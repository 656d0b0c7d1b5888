package org.entitysignals;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Level;
import org.entitysignals.model.Author;
import org.entitysignals.model.Magazine;
import org.entitysignals.model.Person;
import org.entitysignals.support.LogCapture;
import org.jboss.weld.environment.se.Weld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** At startup one INFO line per sender says who listens, in delivery order. */
class ReceiverMapLogTest {

    private LogCapture info;

    @BeforeEach
    void listen() {
        info = LogCapture.of(Level.INFO);
    }

    @AfterEach
    void stopListening() {
        info.close();
    }

    @ApplicationScoped
    static class ReceiverMapLogTestReceivers {
        void audit(@Observes @Priority(5) @PostSave SaveEvent<?> event) {
        }

        void welcome(@Observes(during = TransactionPhase.AFTER_SUCCESS) @PostSave(Author.class) SaveEvent<Author> e) {
        }

        void index(@ObservesAsync @PostSave(Author.class) SaveEvent<Author> event) {
        }

        void check(@Observes @PreSave(Person.class) SaveEvent<Person> event) {
        }
    }

    @Test
    void logsEachSenderWithItsReceiversPhasesAndPriorities() {
        // when
        new Weld().disableDiscovery().addExtension(new EntitySignalsExtension())
                .addBeanClasses(ReceiverMapLogTestReceivers.class).initialize().close();

        // then
        String receivers = ReceiverMapLogTestReceivers.class.getName();
        assertThat(info.messages("ESIG20")).containsExactly(
                "ESIG200: every entity <- @PostSave " + receivers + "#audit(SaveEvent) priority 5",
                "ESIG200: " + Author.class.getName() + " <- @PostSave " + receivers
                        + "#welcome(SaveEvent) during AFTER_SUCCESS priority 2500; @PostSave " + receivers
                        + "#index(SaveEvent) async priority 2500",
                "ESIG200: " + Person.class.getName() + " <- @PreSave " + receivers + "#check(SaveEvent) priority 2500");
    }

    @Test
    void saysSoWhenNothingListens() {
        // when
        new Weld().disableDiscovery().addExtension(new EntitySignalsExtension())
                .addBeanClasses(ReceiverMapLogTest.class).initialize().close();

        // then
        assertThat(info.messages("ESIG20")).containsExactly("ESIG201: Entity Signals is active with no receivers.");
    }

    @ApplicationScoped
    static class ReceiverMapLogTestTypo {
        void typo(@Observes @PostSave(Runnable.class) SaveEvent<?> event) {
        }
    }

    @Test
    void warnsAboutAnInterfaceSenderThatNoDiscoveredEntityImplements() {
        // when: CDI discovered an entity, and the sender is an interface no entity implements
        try (LogCapture warnings = LogCapture.of(Level.WARNING)) {
            new Weld().disableDiscovery().addExtension(new EntitySignalsExtension())
                    .addBeanClasses(ReceiverMapLogTestTypo.class, Author.class).initialize().close();

            // then
            assertThat(warnings.messages("ESIG202")).singleElement().asString()
                    .contains(Runnable.class.getName(), ReceiverMapLogTestTypo.class.getName() + "#typo(SaveEvent)");
        }
    }

    @Test
    void warnsAboutAnEntityThatNamesTheListenerItself() {
        // when
        try (LogCapture warnings = LogCapture.of(Level.WARNING)) {
            new Weld().disableDiscovery().addExtension(new EntitySignalsExtension())
                    .addBeanClasses(Magazine.class, Author.class).initialize().close();

            // then
            assertThat(warnings.messages("ESIG203")).singleElement().asString()
                    .contains(Magazine.class.getName(), "@ExcludeDefaultListeners");
        }
    }
}
