package org.entitysignals.bench;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** What users write today: an entity listener class (attached in META-INF/bench-handwritten-orm.xml). */
public class HandWrittenListener {

    @PostPersist
    @PostUpdate
    public void saved(Object entity) {
        Work.done(entity);
    }

    @PostRemove
    public void removed(Object entity) {
        Work.done(entity);
    }
}
