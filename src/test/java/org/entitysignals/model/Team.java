package org.entitysignals.model;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Set;

/** Versioned, with a unidirectional one-to-many over a join table, and an element collection. */
@Entity
public class Team extends NamedEntity {

    @Version
    private long version;

    @OneToMany
    @JoinTable(name = "TEAM_MEMBERS")
    private Set<Account> members = new LinkedHashSet<>();

    @ElementCollection
    private Set<String> tags = new LinkedHashSet<>();

    protected Team() {
    }

    public Team(String name) {
        super(name);
    }

    public Set<Account> getMembers() {
        return members;
    }

    public Set<String> getTags() {
        return tags;
    }
}
