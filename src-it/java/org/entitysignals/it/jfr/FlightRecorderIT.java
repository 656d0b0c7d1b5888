package org.entitysignals.it.jfr;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.entitysignals.it.Deployments;
import org.entitysignals.it.model.AuditEntry;
import org.entitysignals.it.model.Author;
import org.entitysignals.it.model.Book;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The flight-recorder event in the server, with nothing configured: the library's jar asks WildFly for the
 * {@code jdk.jfr} module itself (its manifest's {@code Dependencies}), which this test's own classes then see too.
 */
@ExtendWith(ArquillianExtension.class)
public class FlightRecorderIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.war("jfr")
                .addClasses(FlightRecorderITService.class, FlightRecorderIT.class)
                .addAsResource(Deployments.persistenceXml(Deployments.unit("jfr",
                        Author.class.getName(), Book.class.getName(), AuditEntry.class.getName())),
                        "META-INF/persistence.xml");
    }

    @Inject
    FlightRecorderITService service;

    @Test
    void recordsEachDeliveryInTheServer() throws Exception {
        List<RecordedEvent> deliveries;
        try (Recording recording = new Recording()) {
            recording.enable("org.entitysignals.Delivery").withThreshold(Duration.ZERO);
            recording.start();
            service.create("recorded");
            recording.stop();
            Path file = Files.createTempFile("signals", ".jfr");
            try {
                recording.dump(file);
                deliveries = RecordingFile.readAllEvents(file).stream()
                        .filter(event -> event.getEventType().getName().equals("org.entitysignals.Delivery"))
                        .toList();
            } finally {
                Files.deleteIfExists(file);
            }
        }
        assertTrue(deliveries.stream().anyMatch(event -> event.getClass("entityClass").getName()
                .equals(Author.class.getName()) && event.getString("phase").equals("@PostSave")
                && event.getInt("receivers") == 1), () -> "no @PostSave delivery of Author in " + deliveries);
    }
}
