package org.entitysignals.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.function.Function;

/** The tutorial's views: each method is one unit of work in its own transaction. None mentions a signal. */
@ApplicationScoped
public class School {

    @Inject
    EntityManager em;

    @Inject
    Event<ExamResultPublished> examResultPublished;

    @ActivateRequestContext
    public AppUser register(String username) {
        return inTransaction(em -> {
            AppUser user = new AppUser(username);
            em.persist(user);
            return user;
        });
    }

    /** A registration that fails after the user row was written: the transaction rolls back. */
    @ActivateRequestContext
    public void registerAndFail(String username) {
        inTransaction(em -> {
            em.persist(new AppUser(username));
            em.flush();
            throw new IllegalStateException("payment declined for " + username);
        });
    }

    @ActivateRequestContext
    public void changeEmail(Long userId, String email) {
        inTransaction(em -> {
            em.find(AppUser.class, userId).setEmail(email);
            return null;
        });
    }

    @ActivateRequestContext
    public Student enroll(String name, String photo) {
        return inTransaction(em -> {
            Student student = new Student(name, photo);
            em.persist(student);
            return student;
        });
    }

    @ActivateRequestContext
    public Course openCourse(String title) {
        return inTransaction(em -> {
            Course course = new Course(title);
            em.persist(course);
            return course;
        });
    }

    /** {@code student.courses.add(*courses)}: the courses are linked, no save of the student. */
    @ActivateRequestContext
    public void signUp(Long studentId, Course... courses) {
        inTransaction(em -> {
            Student student = em.find(Student.class, studentId);
            for (Course course : courses) {
                student.getCourses().add(em.find(Course.class, course.getId()));
            }
            return null;
        });
    }

    /** {@code student.courses.remove(course)}. */
    @ActivateRequestContext
    public void drop(Long studentId, Course course) {
        inTransaction(em -> {
            em.find(Student.class, studentId).getCourses().remove(em.find(Course.class, course.getId()));
            return null;
        });
    }

    @ActivateRequestContext
    public void expel(Long studentId) {
        inTransaction(em -> {
            em.remove(em.find(Student.class, studentId));
            return null;
        });
    }

    @ActivateRequestContext
    public long profilesOf(String username) {
        return em.createQuery("select count(p) from Profile p where p.user.username = :name", Long.class)
                .setParameter("name", username).getSingleResult();
    }

    public void publishResult(String studentName, String grade) {
        examResultPublished.fire(new ExamResultPublished(studentName, grade));
    }

    private <R> R inTransaction(Function<EntityManager, R> work) {
        em.getTransaction().begin();
        try {
            R result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        }
    }
}
