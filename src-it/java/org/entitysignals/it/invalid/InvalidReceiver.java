package org.entitysignals.it.invalid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.entitysignals.PostSave;
import org.entitysignals.SaveEvent;

@ApplicationScoped
public class InvalidReceiver {
    void wrong(@Observes @PostSave(String.class) SaveEvent<?> e) { }
}
