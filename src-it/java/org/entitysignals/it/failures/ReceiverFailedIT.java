package org.entitysignals.it.failures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.util.List;
import org.entitysignals.it.Deployments;
import org.entitysignals.it.model.AuditEntry;
import org.entitysignals.it.model.Author;
import org.entitysignals.it.model.Book;
import org.entitysignals.it.support.Recorder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In a server, the container runs after-completion receivers (JTA), and the library still reports a failing one as
 * it does in Java SE: a ReceiverFailed event, and the next receiver runs.
 */
@ExtendWith(ArquillianExtension.class)
public class ReceiverFailedIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.war("failures")
                .addClasses(ReceiverFailedITReceivers.class, ReceiverFailedIT.class)
                .addAsResource(Deployments.persistenceXml(Deployments.unit("failures",
                        Author.class.getName(), Book.class.getName(), AuditEntry.class.getName())),
                        "META-INF/persistence.xml");
    }

    @Inject
    Recorder recorder;
    @Inject
    ReceiverFailedITReceivers receivers;

    @Test
    void reportsAFailingAfterSuccessReceiverAndRunsTheNext() {
        recorder.clear();

        receivers.create("ada");

        assertEquals(List.of("failed " + ReceiverFailedITReceivers.class.getName()
                + "#failing(SaveEvent): mail server down for ada", "next ada"), recorder.all());
    }
}
