package org.entitysignals.demo;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.LinkedHashSet;
import java.util.Set;

@Entity
public class Student {

    @Id
    @GeneratedValue
    private Long id;

    private String name;

    private String profilePhoto;

    @ManyToMany
    private Set<Course> courses = new LinkedHashSet<>();

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

    public Set<Course> getCourses() {
        return courses;
    }

    @Override
    public String toString() {
        return name;
    }
}
