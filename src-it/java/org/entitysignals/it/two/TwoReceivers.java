package org.entitysignals.it.two;

import org.entitysignals.it.support.Recorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.entitysignals.PostSave;
import org.entitysignals.PreSave;
import org.entitysignals.SaveEvent;

@ApplicationScoped
public class TwoReceivers {
    @Inject Recorder recorder;

    void pre(@Observes @PreSave SaveEvent<?> e) { recorder.add("PreSave", e.entity().getClass().getSimpleName(), e.created()); }
    void post(@Observes @PostSave SaveEvent<?> e) { recorder.add("PostSave", e.entity().getClass().getSimpleName(), e.created()); }
    void after(@Observes(during = TransactionPhase.AFTER_SUCCESS) @PostSave SaveEvent<?> e) {
        recorder.add("AfterSuccess", e.entity().getClass().getSimpleName(), e.created());
    }
}
