package org.entitysignals.it.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entitysignals.it.Deployments;
import org.entitysignals.it.model.AuditEntry;
import org.entitysignals.it.model.Author;
import org.entitysignals.it.model.Book;
import org.entitysignals.it.support.Recorder;
import org.entitysignals.it.support.Resources;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A persistence unit without the documented persistence.xml line: on WildFly none is needed (the Hibernate
 * integrator attaches itself), so signals fire; on Payara (EclipseLink) no signal fires, nothing fails, and the
 * server log says which unit lacks which line as the application starts.
 */
@ExtendWith(ArquillianExtension.class)
public class HookupIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.war("hookup")
                .addClasses(Resources.class, Receivers.class, AuthorOps.class, AuthorService.class, Queries.class,
                        HookupIT.class)
                .addAsResource(Deployments.persistenceXml(Deployments.unhookedUnit("main",
                        Author.class.getName(), Book.class.getName(), AuditEntry.class.getName())),
                        "META-INF/persistence.xml");
    }

    @Inject
    Recorder recorder;

    @Inject
    AuthorService service;

    @Inject
    Queries queries;

    @Test
    void signalsWithoutPersistenceXmlLinesOnlyWhereTheProviderAllowsZeroConfig() {
        // when
        service.create("audit-unhooked");

        // then
        int expected = eclipseLink() ? 0 : 1;
        assertEquals(expected, recorder.of("PreSave", "audit-unhooked").size(), recorder.all().toString());
        assertEquals(expected, recorder.of("PostSave", "audit-unhooked").size(), recorder.all().toString());
        assertEquals(expected, queries.audits("audit-unhooked"));
        assertEquals(1, queries.authors("audit-unhooked"));
    }

    @Test
    void warnsOfTheUnitWithoutItsLineAsTheApplicationStarts() throws IOException {
        // then: WildFly's unit is hooked by the integrator; Payara's has no hook at all
        String log = Files.readString(serverLog());
        if (eclipseLink()) {
            assertTrue(log.contains("ESIG110: EclipseLink persistence unit 'main' has no Entity Signals hook"), log);
            assertTrue(log.contains("eclipselink.session-event-listener"), log);
        } else {
            assertTrue(log.contains("ESIG204: persistence unit 'main' (Hibernate) sends signals through the "
                    + "library's Hibernate integrator"), log);
        }
    }

    /** The server's log file, read from inside the server. */
    private static Path serverLog() {
        String payara = System.getProperty("com.sun.aas.instanceRoot");
        return payara != null ? Path.of(payara, "logs", "server.log")
                : Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
    }

    /** Runs inside the server: Payara's JPA provider is EclipseLink, WildFly's is Hibernate. */
    private static boolean eclipseLink() {
        try {
            Class.forName("org.eclipse.persistence.jpa.PersistenceProvider");
            return true;
        } catch (ClassNotFoundException hibernate) {
            return false;
        }
    }
}
