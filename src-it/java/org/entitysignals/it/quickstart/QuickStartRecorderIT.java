package org.entitysignals.it.quickstart;

import static org.entitysignals.testing.SignalPhase.POST_SAVE;

import jakarta.inject.Inject;
import java.io.File;
import org.entitysignals.quickstart.Profile;
import org.entitysignals.quickstart.User;
import org.entitysignals.testing.SignalRecorder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The test kit's Arquillian example (docs/test-kit.md): the server quick start with the recorder added. */
@ExtendWith(ArquillianExtension.class)
public class QuickStartRecorderIT {

    /** The library jar this build made; read outside the server only (the class is loaded in the server too). */
    private static final File entitySignalsJar = new File(System.getProperty("entity-signals.jar", ""));

    // tag::arquillian[]
    @Deployment
    public static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class)
                .addAsLibrary(entitySignalsJar)
                .addClass(SignalRecorder.class)                 // WEB-INF/classes, where CDI discovers it
                .addClasses(Registration.class, Profiles.class, User.class, Profile.class, QuickStartRecorderIT.class)
                .addAsResource("quickstart-server/META-INF/persistence.xml", "META-INF/persistence.xml");
    }

    @Inject
    SignalRecorder recorder;

    @Inject
    Registration registration;

    @BeforeEach
    void forget() {
        recorder.clear();
    }

    @Test
    void registeringAUserCreatesItsProfile() {
        registration.register("priya");

        recorder.assertThat().inOrder(POST_SAVE.of(User.class), POST_SAVE.of(Profile.class));
    }
    // end::arquillian[]
}
