package org.entitysignals.model;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import java.util.LinkedHashSet;
import java.util.Set;

/** The inverse side of {@link Learner#getCourses()}. */
@Entity
public class Course extends NamedEntity {

    @ManyToMany(mappedBy = "courses")
    private Set<Learner> learners = new LinkedHashSet<>();

    protected Course() {
    }

    public Course(String name) {
        super(name);
    }

    public Set<Learner> getLearners() {
        return learners;
    }
}
