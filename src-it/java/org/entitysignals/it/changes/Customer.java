package org.entitysignals.it.changes;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Changed through its setters: field writes from other classes escape enhanced dirty tracking. */
@Entity
public class Customer {
    @Id @GeneratedValue Long id;
    String name;
    String email;
    int credits;
    @Version long version;

    protected Customer() {
    }

    public Customer(String name, String email) {
        this.name = name;
        this.email = email;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public void setEmail(String email) { this.email = email; }
    public void setCredits(int credits) { this.credits = credits; }

    @Override
    public String toString() {
        return name;
    }
}
