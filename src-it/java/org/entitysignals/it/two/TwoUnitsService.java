package org.entitysignals.it.two;

import org.entitysignals.it.model.Author;
import org.entitysignals.it.model.Book;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

@ApplicationScoped
@Transactional
public class TwoUnitsService {
    @PersistenceContext(unitName = "first") EntityManager first;
    @PersistenceContext(unitName = "second") EntityManager second;

    public void saveBoth() {
        first.persist(new Author("in-first"));
        second.persist(new Book("in-second"));
    }

    public void saveFirst() { first.persist(new Author("only-first")); }

    public void saveSecond() { second.persist(new Book("only-second")); }
}
