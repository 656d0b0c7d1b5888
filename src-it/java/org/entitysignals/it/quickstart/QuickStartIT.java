package org.entitysignals.it.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import org.entitysignals.it.Deployments;
import org.entitysignals.quickstart.Profile;
import org.entitysignals.quickstart.User;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server quick start (docs/quick-start-server.md) deployed as it is written: the library jar, the two entities,
 * the receiver and the service, and its one persistence.xml, on whichever server runs the tests. No beans.xml: a
 * WAR with bean-defining annotations is a bean archive.
 */
@ExtendWith(ArquillianExtension.class)
public class QuickStartIT {

    @Deployment
    public static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "quickstart.war")
                .addAsLibrary(Deployments.libraryJar())
                .addClasses(User.class, Profile.class, Profiles.class, Registration.class, QuickStartIT.class)
                .addAsResource("quickstart-server/META-INF/persistence.xml", "META-INF/persistence.xml");
    }

    @Inject
    Registration registration;

    @Test
    void registeringAUserCreatesItsProfileInTheSameTransaction() {
        // when
        registration.register("rahul");

        // then
        assertEquals(1, registration.profilesOf("rahul"));
    }
}
