package org.entitysignals.it.changes;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.LinkedHashSet;
import java.util.Set;

@Entity
public class Pupil {
    @Id @GeneratedValue Long id;
    String name;
    @ManyToMany Set<Lesson> lessons = new LinkedHashSet<>();

    protected Pupil() {
    }

    public Pupil(String name) {
        this.name = name;
    }

    public Long getId() { return id; }
    public Set<Lesson> getLessons() { return lessons; }

    @Override
    public String toString() {
        return name;
    }
}
