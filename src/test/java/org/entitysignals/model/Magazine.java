package org.entitysignals.model;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import org.entitysignals.EntitySignalsListener;

/**
 * Names the listener itself, which doubles signals where a unit of another provider also lists the mapping file;
 * Hibernate and EclipseLink (with its session listener) signal it once.
 */
@Entity
@EntityListeners(EntitySignalsListener.class)
public class Magazine extends NamedEntity {

    protected Magazine() {
    }

    public Magazine(String name) {
        super(name);
    }
}
