package org.entitysignals.docs.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.LinkedHashSet;
import java.util.Set;

/** The docs' student: a name, a photo file, whether graduated, and the courses taken. */
@Entity
@Table(name = "docs_student")
public class Student {

    @Id
    @GeneratedValue
    private Long id;
    private String name;
    private String photo;
    private boolean graduated;

    @ManyToMany
    private Set<Course> courses = new LinkedHashSet<>();

    @Transient
    private String initials;

    protected Student() {
    }

    public Student(String name) {
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

    public String getPhoto() {
        return photo;
    }

    public boolean isGraduated() {
        return graduated;
    }

    public Set<Course> getCourses() {
        return courses;
    }

    public String getInitials() {
        return initials;
    }

    public void setInitials(String initials) {
        this.initials = initials;
    }

    @Override
    public String toString() {
        return name;
    }
}
