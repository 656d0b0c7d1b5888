package org.entitysignals;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import org.entitysignals.model.Author;
import org.entitysignals.model.Book;
import org.entitysignals.model.Magazine;
import org.entitysignals.support.FreshDatabase;
import org.entitysignals.support.LogCapture;
import org.entitysignals.support.Provider;
import org.entitysignals.support.Recorder;
import org.entitysignals.support.TestApp;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The ways the library is attached to a persistence unit, and what happens without it or without CDI. */
class HookupTest {

    @ApplicationScoped
    static class HookupTestReceivers {
        @Inject
        Recorder recorder;

        void preSave(@Observes @PreSave SaveEvent<Author> event) {
            recorder.record("pre-save " + event.entity().getName());
        }

        void postSave(@Observes @PostSave SaveEvent<Author> event) {
            recorder.record("post-save " + event.entity().getName());
        }

        void postDelete(@Observes @PostDelete DeleteEvent<Author> event) {
            recorder.record("post-delete " + event.entity().getName());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hibernate-integrator-only", "hibernate-mapping-only", "hibernate", "eclipselink",
        "eclipselink-both", "eclipselink-mapping-only"})
    void deliversEachSignalOnceWhateverRoutesAreAttached(String unit) {
        try (TestApp app = TestApp.start(unit, Map.of(), Recorder.class, HookupTestReceivers.class)) {
            // when
            Long id = app.persist(new Author("dickens")).getId();
            app.run(em -> em.remove(em.getReference(Author.class, id)));

            // then
            assertThat(app.bean(Recorder.class).seen())
                    .containsExactly("pre-save dickens", "post-save dickens", "post-delete dickens");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hibernate-unhooked", "eclipselink-unhooked"})
    void signalsNothingForAUnitWithoutTheListener(String unit) {
        try (TestApp app = TestApp.start(unit, Map.of(), Recorder.class, HookupTestReceivers.class)) {
            // when
            app.run(em -> em.persist(new Author("austen")));

            // then
            assertThat(app.rowsCommitted("AUTHOR")).isEqualTo(1);
            assertThat(app.bean(Recorder.class).seen()).isEmpty();
        }
    }

    @ApplicationScoped
    static class HookupTestMagazines {
        @Inject
        Recorder recorder;

        void postSave(@Observes @PostSave SaveEvent<Magazine> event) {
            recorder.record("post-save " + event.entity().getName());
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void signalsOnceAnEntityThatNamesTheListenerInEntityListeners(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, HookupTestMagazines.class)) {
            // when
            app.persist(new Magazine("granta"));

            // then
            assertThat(app.bean(Recorder.class).seen()).containsExactly("post-save granta");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hibernate", "hibernate-integrator-only", "eclipselink", "eclipselink-both"})
    void saysWhichHookServesEachUnitAndWarnsOfNothing(String unit) {
        try (LogCapture infos = LogCapture.of(Level.INFO); LogCapture warnings = LogCapture.of(Level.WARNING);
                TestApp app = TestApp.start(unit, Map.of(), Recorder.class, HookupTestReceivers.class)) {
            // when
            app.persist(new Author("woolf"));

            // then
            String hook = unit.startsWith("eclipselink") ? "org.entitysignals.eclipselink.EclipseLinkSignals"
                    : "the library's Hibernate integrator";
            assertThat(infos.messages("ESIG204")).singleElement().asString()
                    .contains("persistence unit '" + unit + "'", hook);
            assertThat(warnings.messages("ESIG1")).isEmpty();
        }
    }

    @Test
    void warnsThatAnEclipseLinkUnitWithTheMappingFileAloneLosesWhatPostPhaseReceiversWrite() {
        try (LogCapture warnings = LogCapture.of(Level.WARNING);
                TestApp app = TestApp.start("eclipselink-mapping-only", Map.of(), Recorder.class,
                        HookupTestReceivers.class)) {
            // when
            app.persist(new Author("sand"));
            app.persist(new Author("colette"));

            // then: said once, naming the unit and the line to add
            assertThat(warnings.messages("ESIG108")).singleElement().asString()
                    .contains("persistence unit 'eclipselink-mapping-only'", "eclipselink.session-event-listener",
                            "org.entitysignals.eclipselink.EclipseLinkSignals", "silently drops");
        }
    }

    @ApplicationScoped
    static class HookupTestRelations {
        void enrolled(@Observes @RelationChanged RelationEvent<?> event) {
        }
    }

    @Test
    void namesTheRelationReceiversAUnitWithoutItsHookNeverServes() {
        try (LogCapture warnings = LogCapture.of(Level.WARNING);
                TestApp app = TestApp.start("eclipselink-mapping-only", Map.of(), Recorder.class,
                        HookupTestReceivers.class, HookupTestRelations.class)) {
            // when
            app.persist(new Author("eco"));

            // then
            assertThat(warnings.messages("ESIG108")).singleElement().asString()
                    .contains("@RelationChanged receivers get nothing from this unit: "
                            + HookupTestRelations.class.getName() + "#enrolled(RelationEvent)");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hibernate-mapping-only", "hibernate-unhooked"})
    void warnsWhenTheHibernateIntegratorIsSwitchedOff(String unit) {
        try (LogCapture warnings = LogCapture.of(Level.WARNING);
                TestApp app = TestApp.start(unit, Map.of(), Recorder.class, HookupTestReceivers.class)) {
            // when
            app.persist(new Author("mann"));

            // then: one warning naming the unit and the property to remove, none for the mapping file as well
            assertThat(warnings.messages("ESIG109")).singleElement().asString()
                    .contains("persistence unit '" + unit + "'", "org.entitysignals.hibernate.integrator=false");
            assertThat(warnings.messages("ESIG108")).isEmpty();
        }
    }

    @Test
    void warnsOfAnEclipseLinkUnitWithoutAnyLineAsTheContainerStarts() {
        // given: a unit with neither line (as the persistence.xml that needs nothing on WildFly), created before the
        // container starts, as a server creates its units
        try (FreshDatabase database = FreshDatabase.create("unhooked-before-cdi")) {
            EntityManagerFactory unhooked = Persistence.createEntityManagerFactory("eclipselink-unhooked",
                    database.properties());
            try (LogCapture warnings = LogCapture.of(Level.WARNING);
                    TestApp app = TestApp.start(Provider.HIBERNATE, Recorder.class, HookupTestReceivers.class)) {
                // when
                persistOutsideTheApp(unhooked, new Author("kafka"));

                // then
                assertThat(app.bean(Recorder.class).seen()).isEmpty();
                assertThat(warnings.messages("ESIG110")).singleElement().asString()
                        .contains("persistence unit 'eclipselink-unhooked'", "eclipselink.session-event-listener");
            } finally {
                unhooked.close();
            }
        }
    }

    @Test
    void saysNothingOfUnitsWhenNoReceiverListens() {
        try (LogCapture warnings = LogCapture.of(Level.WARNING);
                TestApp app = TestApp.start("eclipselink-mapping-only", Map.of())) {
            // when
            app.persist(new Author("nobody listens"));

            // then
            assertThat(warnings.messages("ESIG1")).isEmpty();
        }
    }

    @ApplicationScoped
    static class HookupTestOtherContainerReceivers {
        @Inject
        Recorder recorder;

        void postSave(@Observes @PostSave SaveEvent<Author> event) {
            recorder.record("other container " + event.entity().getName());
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void usesTheBeanManagerThePersistenceUnitIsGiven(Provider provider) {
        // given: two containers; the unit is given the second one's bean manager, as a server gives its own
        try (TestApp app = TestApp.start(provider, Recorder.class, HookupTestReceivers.class);
                WeldContainer other = new Weld("other-" + provider).disableDiscovery()
                        .addExtension(new EntitySignalsExtension())
                        .addBeanClasses(Recorder.class, HookupTestOtherContainerReceivers.class).initialize();
                FreshDatabase database = FreshDatabase.create("bean-manager")) {
            Map<String, Object> properties = new HashMap<>(database.properties());
            properties.put("jakarta.persistence.bean.manager", other.getBeanManager());
            EntityManagerFactory factory = Persistence.createEntityManagerFactory(provider.unit(), properties);
            try {
                // when
                persistOutsideTheApp(factory, new Author("eliot"));
            } finally {
                factory.close();
            }

            // then
            assertThat(other.select(Recorder.class).get().seen()).containsExactly("other container eliot");
            assertThat(app.bean(Recorder.class).seen()).isEmpty();
        }
    }

    @Test
    void deliversOnceWhenOneContainerServesTwoPersistenceUnits() {
        try (TestApp app = TestApp.start(Provider.HIBERNATE, Recorder.class, HookupTestReceivers.class);
                FreshDatabase database = FreshDatabase.create("second-unit")) {
            // given: a second unit, on the other provider, beside the first
            EntityManagerFactory other = Persistence.createEntityManagerFactory(Provider.ECLIPSELINK.unit(),
                    database.properties());
            try {
                // when
                app.run(em -> em.persist(new Author("first")));
                persistOutsideTheApp(other, new Author("second"));
            } finally {
                other.close();
            }

            // then
            assertThat(app.bean(Recorder.class).seen())
                    .containsExactly("pre-save first", "post-save first", "pre-save second", "post-save second");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void keepsPlainJpaWorkingWithOneWarningWhenNoContainerRuns(Provider provider) {
        try (LogCapture warnings = LogCapture.of(Level.WARNING);
                FreshDatabase database = FreshDatabase.create("no-cdi")) {
            EntityManagerFactory factory = Persistence.createEntityManagerFactory(provider.unit(),
                    database.properties());
            try {
                // when
                persistOutsideTheApp(factory, new Author("orwell"));
                persistOutsideTheApp(factory, new Author("huxley"));
                persistOutsideTheApp(factory, new Book("brave new world"));

                // then
                assertThat(rows(factory, "Author") + rows(factory, "Book")).isEqualTo(3);
                assertThat(warnings.messages("ESIG100")).singleElement().asString()
                        .contains(Author.class.getName(), "no CDI container");
            } finally {
                factory.close();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void warnsOnceWhenTheContainerRunsWithoutTheExtension(Provider provider) {
        try (LogCapture warnings = LogCapture.of(Level.WARNING);
                WeldContainer container = new Weld("without-extension-" + provider).disableDiscovery()
                        .addBeanClass(Recorder.class).initialize();
                FreshDatabase database = FreshDatabase.create("no-extension")) {
            EntityManagerFactory factory = Persistence.createEntityManagerFactory(provider.unit(),
                    database.properties());
            try {
                // when
                persistOutsideTheApp(factory, new Author("le guin"));
                persistOutsideTheApp(factory, new Author("lem"));

                // then
                assertThat(rows(factory, "Author")).isEqualTo(2);
                assertThat(warnings.messages("ESIG102")).singleElement().asString()
                        .contains(Author.class.getName(), "addExtension");
            } finally {
                factory.close();
            }
        }
    }

    private static long rows(EntityManagerFactory factory, String entity) {
        EntityManager em = factory.createEntityManager();
        try {
            return em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult();
        } finally {
            em.close();
        }
    }

    private static void persistOutsideTheApp(EntityManagerFactory factory, Object entity) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            em.persist(entity);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }
}
