package org.entitysignals;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.assertj.core.groups.Tuple;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.entitysignals.model.Author;
import org.entitysignals.model.Book;
import org.entitysignals.support.Provider;
import org.entitysignals.support.TestApp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each delivery is a flight-recorder event, recorded only when a recording enables it. */
class FlightRecorderTest {

    private static final String DELIVERY = "org.entitysignals.Delivery";

    @ApplicationScoped
    static class FlightRecorderTestReceivers {
        void slow(@Observes @PostSave(Author.class) SaveEvent<Author> event) throws InterruptedException {
            Thread.sleep(20);
        }

        void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) @PostSave(Author.class)
                SaveEvent<Author> event) {
        }

        void removed(@Observes @PostDelete DeleteEvent<Object> event) {
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void recordsEachDeliveryWithItsEntityPhaseReceiversAndDuration(Provider provider) throws Exception {
        try (TestApp app = TestApp.start(provider, FlightRecorderTestReceivers.class);
                Recording recording = new Recording()) {
            // given
            recording.enable(DELIVERY).withThreshold(Duration.ZERO);
            recording.start();

            // when
            Author author = app.persist(new Author("lem"));
            app.run(em -> em.remove(em.find(Author.class, author.getId())));
            recording.stop();

            // then
            List<RecordedEvent> deliveries = deliveries(recording);
            assertThat(deliveries).extracting(event -> event.getClass("entityClass").getName(),
                    event -> event.getString("phase"), event -> event.getInt("receivers"))
                    .containsExactly(Tuple.tuple(Author.class.getName(), "@PostSave", 2),
                            Tuple.tuple(Author.class.getName(), "@PostDelete", 1));
            assertThat(deliveries.get(0).getDuration()).isGreaterThanOrEqualTo(Duration.ofMillis(20));
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void recordsNothingUnlessEnabled(Provider provider) throws Exception {
        try (TestApp app = TestApp.start(provider, FlightRecorderTestReceivers.class);
                Recording recording = new Recording()) {
            // given: a recording with the JDK's default settings
            recording.start();

            // when
            app.persist(new Author("asimov"));
            app.persist(new Book("foundation"));
            recording.stop();

            // then
            assertThat(deliveries(recording)).isEmpty();
        }
    }

    private static List<RecordedEvent> deliveries(Recording recording) throws Exception {
        Path file = Files.createTempFile("signals", ".jfr");
        try {
            recording.dump(file);
            return RecordingFile.readAllEvents(file).stream()
                    .filter(event -> event.getEventType().getName().equals(DELIVERY)).toList();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
