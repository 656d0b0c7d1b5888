package org.entitysignals.model;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import org.entitysignals.EntitySignalsListener;

/** Names the listener itself, which doubles signals where the unit also lists the mapping file. */
@Entity
@EntityListeners(EntitySignalsListener.class)
public class Magazine extends NamedEntity {

    protected Magazine() {
    }
}
