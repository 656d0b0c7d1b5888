package org.entitysignals.it.model;

import jakarta.persistence.*;

@Entity
public class AuditEntry {
    @Id @GeneratedValue Long id;
    String message;
    protected AuditEntry() { }
    public AuditEntry(String message) { this.message = message; }
    public String getMessage() { return message; }
}
