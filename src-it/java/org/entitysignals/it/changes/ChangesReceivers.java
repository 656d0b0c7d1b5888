package org.entitysignals.it.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import org.entitysignals.PostSave;
import org.entitysignals.PreSave;
import org.entitysignals.RelationChanged;
import org.entitysignals.RelationEvent;
import org.entitysignals.SaveEvent;
import org.entitysignals.it.support.Recorder;

/** Writes down what each event says changed, as "kind [names] name: old -> new" or "kind action +[..] -[..]". */
@ApplicationScoped
public class ChangesReceivers {

    @Inject Recorder recorder;

    void pre(@Observes @PreSave(Customer.class) SaveEvent<Customer> event) {
        recorder.mark("pre " + describe(event));
        if (!event.created() && event.changed("email")) {
            event.entity().setName(event.entity().getName().toUpperCase());
        }
    }

    void post(@Observes @PostSave(Customer.class) SaveEvent<Customer> event) {
        recorder.mark("post " + describe(event));
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) @PostSave(Customer.class)
            SaveEvent<Customer> event) {
        recorder.mark("committed " + describe(event) + " " + recorder.status());
    }

    void anyPupilSave(@Observes @PostSave(Pupil.class) SaveEvent<Pupil> event) {
        recorder.mark("saved " + event.entity());
    }

    void relation(@Observes @RelationChanged(value = Pupil.class, attribute = "lessons") RelationEvent<Pupil> event) {
        recorder.mark("relation " + event.entity() + " " + event.action() + " +" + event.added() + " -"
                + event.removed());
    }

    void reverse(@Observes(during = TransactionPhase.AFTER_SUCCESS) @RelationChanged(value = Lesson.class,
            actions = {RelationEvent.Action.POST_ADD, RelationEvent.Action.POST_REMOVE}) RelationEvent<Lesson> event) {
        recorder.mark("reverse " + event.entity() + "." + event.attribute() + " " + event.action() + " +"
                + event.added() + " -" + event.removed() + " " + recorder.status());
    }

    private static String describe(SaveEvent<?> event) {
        return event.changedAttributes() + event.changedAttributes().stream()
                .map(name -> " " + name + ": " + event.oldValue(name) + " -> " + event.newValue(name))
                .collect(Collectors.joining());
    }
}
