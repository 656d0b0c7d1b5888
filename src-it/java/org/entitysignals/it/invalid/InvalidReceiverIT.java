package org.entitysignals.it.invalid;

import static org.junit.jupiter.api.Assertions.*;

import org.entitysignals.it.Deployments;
import org.entitysignals.it.model.Author;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** e: a WAR with an invalid receiver fails to deploy, and ESIG001 reaches the test through Arquillian. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class InvalidReceiverIT {

    @Deployment(name = "invalid", managed = false, testable = false)
    public static WebArchive invalid() {
        return Deployments.war("invalid")
                .addClass(InvalidReceiver.class)
                .addAsResource(Deployments.persistenceXml(Deployments.unit("main", Author.class.getName())),
                        "META-INF/persistence.xml");
    }

    @ArquillianResource Deployer deployer;

    @Test
    void deploymentFailsWithESIG001() {
        Exception e = assertThrows(Exception.class, () -> deployer.deploy("invalid"));
        StringBuilder chain = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) chain.append(t.getClass().getName()).append(": ").append(t.getMessage()).append("\n");
        System.out.println("Deployer.deploy threw:\n" + chain);
        assertTrue(chain.toString().contains("ESIG001"), chain.toString());
        assertTrue(chain.toString().contains(InvalidReceiver.class.getName() + "#wrong(SaveEvent)"), chain.toString());
        assertTrue(e instanceof org.jboss.arquillian.container.spi.client.container.DeploymentException
                || e.getCause() instanceof org.jboss.arquillian.container.spi.client.container.DeploymentException, chain.toString());
    }
}
