package org.entitysignals.it.main;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Reads committed state in a transaction of its own. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class Queries {
    @PersistenceContext(unitName = "main") EntityManager em;

    public long authors(String name) {
        return em.createQuery("select count(a) from Author a where a.name = :n", Long.class).setParameter("n", name).getSingleResult();
    }
    public long audits(String name) {
        return em.createQuery("select count(e) from AuditEntry e where e.message = :m", Long.class).setParameter("m", "created " + name).getSingleResult();
    }
    public long books(String title) {
        return em.createQuery("select count(b) from Book b where b.title = :t", Long.class).setParameter("t", title).getSingleResult();
    }
}
