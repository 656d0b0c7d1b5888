package org.entitysignals.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A row receivers write about other rows (generated ids: sequence or table, by provider default). */
@Entity
public class AuditEntry {

    @Id
    @GeneratedValue
    private Long id;

    private String text;

    protected AuditEntry() {
    }

    public AuditEntry(String text) {
        this.text = text;
    }

    public String getText() {
        return text;
    }
}
