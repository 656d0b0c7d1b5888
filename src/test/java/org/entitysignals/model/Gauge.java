package org.entitysignals.model;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Property access, with getters that count their calls: how often the provider, or the library, reads the
 * entity's state. It has JPA callbacks of its own, so Hibernate treats it alike with or without signals (a callback
 * may change the entity, so Hibernate re-reads its state after {@code @PreUpdate}).
 */
@Entity
@Access(AccessType.PROPERTY)
public class Gauge {

    public static final AtomicLong READS = new AtomicLong();

    private Long id;
    private String label;
    private int reading;

    protected Gauge() {
    }

    public Gauge(String label) {
        this.label = label;
    }

    @Id
    @GeneratedValue
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getLabel() {
        READS.incrementAndGet();
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public int getReading() {
        READS.incrementAndGet();
        return reading;
    }

    public void setReading(int reading) {
        this.reading = reading;
    }

    @PrePersist
    @PreUpdate
    void ownCallback() {
        // present so that the unit without signals has callbacks too
    }
}
