package org.entitysignals.it.changes;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.LinkedHashSet;
import java.util.Set;

@Entity
public class Lesson {
    @Id @GeneratedValue Long id;
    String title;
    @ManyToMany(mappedBy = "lessons") Set<Pupil> pupils = new LinkedHashSet<>();

    protected Lesson() {
    }

    public Lesson(String title) {
        this.title = title;
    }

    public Long getId() { return id; }
    public Set<Pupil> getPupils() { return pupils; }

    @Override
    public String toString() {
        return title;
    }
}
