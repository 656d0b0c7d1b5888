package org.entitysignals.it.testkit;

import static org.entitysignals.testing.SignalPhase.POST_SAVE;
import static org.entitysignals.testing.SignalPhase.PRE_SAVE;

import jakarta.inject.Inject;
import org.entitysignals.Signals;
import org.entitysignals.it.Deployments;
import org.entitysignals.it.model.AuditEntry;
import org.entitysignals.it.model.Author;
import org.entitysignals.it.model.Book;
import org.entitysignals.testing.MuteSignals;
import org.entitysignals.testing.SignalRecorder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The test kit in an Arquillian deployment: the recorder and muting in the server. */
@ExtendWith(ArquillianExtension.class)
public class SignalRecorderIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.war("testkit")
                .addClasses(SignalRecorder.class, SignalRecorderITService.class, SignalRecorderIT.class)
                .addAsResource(Deployments.persistenceXml(Deployments.unit("testkit",
                        Author.class.getName(), Book.class.getName(), AuditEntry.class.getName())),
                        "META-INF/persistence.xml");
    }

    @Inject SignalRecorder recorder;
    @Inject SignalRecorderITService service;

    @BeforeEach
    void forget() {
        recorder.clear();
    }

    @Test
    void recordsInTheServer() {
        service.create("recorded");
        recorder.assertThat().saw(POST_SAVE, Author.class).created().once();
        recorder.assertThat().inOrder(PRE_SAVE.of(Author.class), POST_SAVE.of(Author.class));
    }

    @Test
    @MuteSignals
    void mutesWithTheAnnotation() {
        service.create("muted by annotation");
        recorder.assertThat().none();
    }

    @Test
    void mutesABlock() {
        Signals.muted(() -> service.create("muted block"));
        service.create("loud");
        recorder.assertThat().saw(POST_SAVE, Author.class).once()
                .where("loud", author -> author.getName().equals("loud")).once();
    }
}
