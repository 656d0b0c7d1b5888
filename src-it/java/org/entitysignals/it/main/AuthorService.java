package org.entitysignals.it.main;

import org.entitysignals.it.support.Recorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

@ApplicationScoped
@Transactional
public class AuthorService {
    @PersistenceContext(unitName = "main") EntityManager em;
    @Inject Recorder recorder;

    public long create(String name) { return AuthorOps.create(em, recorder, name, false); }
    public void createTwo(String a, String b) { AuthorOps.create(em, recorder, a, false); AuthorOps.create(em, recorder, b, false); }
    public void createFlushThenCreate(String first, String second) {
        AuthorOps.createFlushThenCreate(em, recorder, first, second);
    }

    public long createAndFlush(String name) { return AuthorOps.create(em, recorder, name, true); }
    public void rename(long id, String name) { AuthorOps.rename(em, recorder, id, name); }
    public void delete(long id) { AuthorOps.delete(em, recorder, id); }
    public void createFlushThenFail(String name) { AuthorOps.createFlushThenFail(em, recorder, name); }
    public void createFlushThenVetoedBook(String name) { AuthorOps.createFlushThenVetoedBook(em, recorder, name); }
}
