package org.entitysignals.it;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class ItAudit {

    @Id
    @GeneratedValue
    private Long id;

    private String name;


    protected ItAudit() {
    }

    public ItAudit(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
