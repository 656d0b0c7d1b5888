package org.entitysignals;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.entitysignals.model.Admin;
import org.entitysignals.model.Author;
import org.entitysignals.model.Book;
import org.entitysignals.model.Person;
import org.entitysignals.support.Provider;
import org.entitysignals.support.Recorder;
import org.entitysignals.support.TestApp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code @Loaded}: one signal per entity loaded from the database, with the usual sender rules. */
class LoadedSignalTest {

    @ApplicationScoped
    static class LoadedSignalTestPeople {
        @Inject
        Recorder recorder;

        void people(@Observes @Loaded(Person.class) LoadEvent<Person> event) {
            recorder.record("person " + event.entity().getName());
        }

        void authors(@Observes @Loaded(Author.class) LoadEvent<Author> event) {
            recorder.record("author " + event.entity().getName());
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void signalsEachEntityLoadedByFindOrQueryOnce(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, LoadedSignalTestPeople.class)) {
            // given
            Long tolstoy = app.persist(new Author("tolstoy")).getId();
            app.persist(new Author("chekhov"));
            app.persist(new Admin("root"));
            app.persist(new Book("not signalled"));
            app.bean(Recorder.class).clear();

            // when
            app.run(em -> em.find(Author.class, tolstoy));
            app.run(em -> em.createQuery("select a from Author a order by a.name", Author.class).getResultList());
            app.run(em -> em.createQuery("select p from Person p", Person.class).getResultList());
            app.run(em -> em.createQuery("select b from Book b", Book.class).getResultList());

            // then
            assertThat(app.bean(Recorder.class).seen())
                    .containsExactly("author tolstoy", "author chekhov", "author tolstoy", "person root");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void doesNotSignalEntitiesAlreadyInThePersistenceContext(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, LoadedSignalTestPeople.class)) {
            // given
            Long id = app.persist(new Author("gogol")).getId();
            app.bean(Recorder.class).clear();

            // when: found twice in one persistence context, loaded once
            app.run(em -> {
                em.find(Author.class, id);
                em.find(Author.class, id);
            });

            // then
            assertThat(app.bean(Recorder.class).seen()).containsExactly("author gogol");
        }
    }

    @ApplicationScoped
    static class LoadedSignalTestInstances {
        private final List<Object> loaded = new CopyOnWriteArrayList<>();

        List<Object> loaded() {
            return loaded;
        }

        void authors(@Observes @Loaded(Author.class) LoadEvent<Author> event) {
            loaded.add(event.entity());
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void signalsOnceWithTheInstanceTheApplicationGetsWhenTheCacheIsCold(Provider provider) {
        try (TestApp app = TestApp.start(provider, LoadedSignalTestInstances.class)) {
            // given: rows not in the shared cache, as right after the application starts
            Long dumas = app.persist(new Author("dumas")).getId();
            app.persist(new Author("hugo"));
            app.persist(new Author("zola"));
            app.factory().getCache().evictAll();
            List<Object> loaded = app.bean(LoadedSignalTestInstances.class).loaded();
            loaded.clear();

            // when
            Author found = app.call(em -> em.find(Author.class, dumas));

            // then
            assertThat(loaded).singleElement().isSameAs(found);

            // and when: a query for three, again from a cold cache
            app.factory().getCache().evictAll();
            loaded.clear();
            List<Author> all = app.call(em -> em.createQuery("select a from Author a", Author.class)
                    .getResultList());

            // then
            assertThat(loaded).hasSize(3);
            assertThat(loaded).allMatch(entity -> all.stream().anyMatch(author -> author == entity));
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void signalsOnceWhenTheCacheIsWarm(Provider provider) {
        try (TestApp app = TestApp.start(provider, LoadedSignalTestInstances.class)) {
            // given
            Long balzac = app.persist(new Author("balzac")).getId();
            app.call(em -> em.find(Author.class, balzac));
            List<Object> loaded = app.bean(LoadedSignalTestInstances.class).loaded();
            loaded.clear();

            // when
            Author found = app.call(em -> em.find(Author.class, balzac));

            // then
            assertThat(loaded).singleElement().isSameAs(found);
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void signalsARefreshOnce(Provider provider) {
        try (TestApp app = TestApp.start(provider, LoadedSignalTestInstances.class)) {
            // given
            Long flaubert = app.persist(new Author("flaubert")).getId();
            List<Object> loaded = app.bean(LoadedSignalTestInstances.class).loaded();

            // when: found, then refreshed, in one persistence context; then refreshed again once a flush has written
            // (EclipseLink then reads into the persistence context directly)
            List<Object> refreshes = new ArrayList<>();
            Author found = app.call(em -> {
                Author author = em.find(Author.class, flaubert);
                loaded.clear();
                em.refresh(author);
                refreshes.add(List.copyOf(loaded));
                em.persist(new Author("maupassant"));
                em.flush();
                loaded.clear();
                em.refresh(author);
                refreshes.add(List.copyOf(loaded));
                return author;
            });

            // then: JPA calls @PostLoad after each refresh
            assertThat(refreshes).containsExactly(List.of(found), List.of(found));
        }
    }
}
