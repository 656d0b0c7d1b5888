package org.entitysignals.model;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** One attribute of each singular kind, and a version: what "what changed" must report. */
@Entity
public class Account extends NamedEntity {

    private String email;
    private int credits;
    @ManyToOne
    private Team team;
    @Embedded
    private Address address;
    @Version
    private long version;

    protected Account() {
    }

    public Account(String name, String email) {
        super(name);
        this.email = email;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public int getCredits() {
        return credits;
    }

    public void setCredits(int credits) {
        this.credits = credits;
    }

    public Team getTeam() {
        return team;
    }

    public void setTeam(Team team) {
        this.team = team;
    }

    public Address getAddress() {
        return address;
    }

    public void setAddress(Address address) {
        this.address = address;
    }

    public long getVersion() {
        return version;
    }
}
