package org.entitysignals.it.main;

import org.entitysignals.it.model.Author;
import org.entitysignals.it.model.Book;
import org.entitysignals.it.support.Recorder;
import jakarta.persistence.EntityManager;

/** The operations both the @Transactional CDI bean and the @Stateless EJB run on their container-managed EM. */
final class AuthorOps {
    private AuthorOps() { }

    static long create(EntityManager em, Recorder recorder, String name, boolean flush) {
        Author a = new Author(name);
        em.persist(a);
        if (flush) em.flush();
        recorder.mark("MethodEnd " + name);
        return a.getId();
    }

    /** The first is written (and signalled) by a flush, the second by the commit. */
    static void createFlushThenCreate(EntityManager em, Recorder recorder, String first, String second) {
        create(em, recorder, first, true);
        create(em, recorder, second, false);
    }

    static void rename(EntityManager em, Recorder recorder, long id, String name) {
        em.find(Author.class, id).setName(name);
        recorder.mark("MethodEnd " + name);
    }

    static void delete(EntityManager em, Recorder recorder, long id) {
        Author a = em.find(Author.class, id);
        em.remove(a);
        recorder.mark("MethodEnd " + a.getName());
    }

    static void createFlushThenFail(EntityManager em, Recorder recorder, String name) {
        em.persist(new Author(name));
        em.flush();
        recorder.mark("MethodEnd " + name);
        throw new IllegalStateException("rollback requested");
    }

    static void createFlushThenVetoedBook(EntityManager em, Recorder recorder, String name) {
        em.persist(new Author(name));
        em.flush();
        em.persist(new Book("veto-" + name)); // the @PreSave receiver throws here
        recorder.mark("MethodEnd " + name);
    }
}
