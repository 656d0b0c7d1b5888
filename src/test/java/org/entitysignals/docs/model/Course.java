package org.entitysignals.docs.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

/** The docs' course: the inverse side of {@link Student#getCourses()}. */
@Entity
@Table(name = "docs_course")
public class Course {

    @Id
    @GeneratedValue
    private Long id;
    private String title;

    @ManyToMany(mappedBy = "courses")
    private Set<Student> students = new LinkedHashSet<>();

    protected Course() {
    }

    public Course(String title) {
        this.title = title;
    }

    public Set<Student> getStudents() {
        return students;
    }

    @Override
    public String toString() {
        return title;
    }
}
