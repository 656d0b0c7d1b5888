package org.entitysignals.model;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import java.util.LinkedHashSet;
import java.util.Set;

/** Owns a bidirectional many-to-many with {@link Course}. */
@Entity
public class Learner extends NamedEntity {

    @ManyToMany
    private Set<Course> courses = new LinkedHashSet<>();

    protected Learner() {
    }

    public Learner(String name) {
        super(name);
    }

    public Set<Course> getCourses() {
        return courses;
    }

    public void setCourses(Set<Course> courses) {
        this.courses = courses;
    }
}
