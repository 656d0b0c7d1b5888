package org.entitysignals.docs;

import static org.entitysignals.testing.SignalPhase.POST_DELETE;
import static org.entitysignals.testing.SignalPhase.POST_SAVE;


import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.entitysignals.EntitySignalsExtension;
import org.entitysignals.quickstart.Jpa;
import org.entitysignals.quickstart.Profile;
import org.entitysignals.quickstart.Profiles;
import org.entitysignals.quickstart.Registration;
import org.entitysignals.quickstart.User;
import org.entitysignals.quickstart.Welcome;
import org.entitysignals.testing.MuteSignals;
import org.entitysignals.testing.SignalRecorder;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

// tag::test[]
@EnableWeld
class RegistrationTest {

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(WeldInitiator.createWeld()
                    .addExtension(new EntitySignalsExtension())
                    .addBeanClasses(SignalRecorder.class,                                   // the recorder
                            Registration.class, Profiles.class, Welcome.class, Jpa.class))  // the quick start's beans
            .activate(RequestScoped.class)
            .build();

    @Inject
    SignalRecorder recorder;

    @Inject
    Registration registration;

    @Test
    void registeringAUserCreatesItsProfile() {
        registration.register("rahul");

        recorder.assertThat().saw(POST_SAVE, User.class).created().once();
        recorder.assertThat().inOrder(POST_SAVE.of(User.class), POST_SAVE.of(Profile.class));
        recorder.assertThat().didNotSee(POST_DELETE, Object.class);
    }

    @Test
    @MuteSignals(User.class)                    // Profiles#createProfile does not run in this test
    void registeringWithoutProfiles() {
        registration.register("priya");

        recorder.assertThat().none();           // muted signals are not recorded either
    }
}
// end::test[]
