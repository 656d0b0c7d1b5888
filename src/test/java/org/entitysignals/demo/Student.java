package org.entitysignals.demo;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Transient;
import java.util.LinkedHashSet;
import java.util.Set;

@Entity
public class Student {

    @Id
    @GeneratedValue
    private Long id;

    private String name;

    private String profilePhoto;

    private boolean graduated;

    @ManyToMany
    private Set<Course> courses = new LinkedHashSet<>();

    /** Not stored: filled in when the student is loaded (the user guide's {@code @Loaded} example). */
    @Transient
    private String initials;

    protected Student() {
    }

    public Student(String name, String profilePhoto) {
        this.name = name;
        this.profilePhoto = profilePhoto;
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

    public String getProfilePhoto() {
        return profilePhoto;
    }

    public boolean isGraduated() {
        return graduated;
    }

    public void setGraduated(boolean graduated) {
        this.graduated = graduated;
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
