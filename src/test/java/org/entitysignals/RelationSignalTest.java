package org.entitysignals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entitysignals.RelationEvent.Action;
import org.entitysignals.model.Account;
import org.entitysignals.model.AuditEntry;
import org.entitysignals.model.Course;
import org.entitysignals.model.Learner;
import org.entitysignals.model.Team;
import org.entitysignals.support.Provider;
import org.entitysignals.support.Recorder;
import org.entitysignals.support.TestApp;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code @RelationChanged}: Django's m2m_changed, reporting the net change JPA writes, on both providers. */
class RelationSignalTest {

    /** Records "Owner.attribute ACTION +[added] -[removed]" for every relation event, reverse ones marked. */
    @ApplicationScoped
    static class RelationSignalTestReceivers {
        @Inject
        Recorder recorder;

        void any(@Observes @RelationChanged RelationEvent<?> event) {
            recorder.record(describe(event));
        }

        static String describe(RelationEvent<?> event) {
            return (event.reverse() ? "reverse " : "") + event.entity() + "." + event.attribute() + " "
                    + event.action() + " +" + names(event.added()) + " -" + names(event.removed());
        }

        private static List<String> names(Set<Object> entities) {
            return entities.stream().map(Object::toString).sorted().collect(Collectors.toList());
        }
    }

    private static final class School {
        final Long lea;
        final Long math;
        final Long art;
        final Long music;

        School(TestApp app) {
            math = app.persist(new Course("math")).getId();
            art = app.persist(new Course("art")).getId();
            music = app.persist(new Course("music")).getId();
            lea = app.call(em -> {
                Learner learner = new Learner("lea");
                learner.getCourses().add(em.find(Course.class, math));
                learner.getCourses().add(em.find(Course.class, art));
                em.persist(learner);
                return learner.getId();
            });
            app.bean(Recorder.class).clear();
        }

        Learner lea(EntityManager em) {
            return em.find(Learner.class, lea);
        }

        Course course(EntityManager em, Long id) {
            return em.find(Course.class, id);
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void reportsElementsLinkedWithANewOwner(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, RelationSignalTestReceivers.class)) {
            // when
            new School(app);
        }
        try (TestApp app = TestApp.start(provider, Recorder.class, RelationSignalTestReceivers.class)) {
            Long math = app.persist(new Course("math")).getId();
            app.bean(Recorder.class).clear();
            app.run(em -> {
                Learner learner = new Learner("lea");
                learner.getCourses().add(em.find(Course.class, math));
                em.persist(learner);
            });

            // then
            assertThat(app.bean(Recorder.class).seen()).containsExactly(
                    "Learner lea.courses PRE_ADD +[Course math] -[]",
                    "reverse Course math.learners PRE_ADD +[Learner lea] -[]",
                    "Learner lea.courses POST_ADD +[Course math] -[]",
                    "reverse Course math.learners POST_ADD +[Learner lea] -[]");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void reportsAddsAndRemovesOfOneFlushAsTheirNetChange(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, RelationSignalTestReceivers.class)) {
            School school = new School(app);

            // when math is dropped, music added, art added again, and art dropped and re-added
            app.run(em -> {
                Learner lea = school.lea(em);
                lea.getCourses().remove(school.course(em, school.math));
                lea.getCourses().add(school.course(em, school.music));
                lea.getCourses().add(school.course(em, school.art));
                lea.getCourses().remove(school.course(em, school.art));
                lea.getCourses().add(school.course(em, school.art));
            });

            // then
            assertThat(app.bean(Recorder.class).seen()).containsExactly(
                    "Learner lea.courses PRE_REMOVE +[] -[Course math]",
                    "Learner lea.courses PRE_ADD +[Course music] -[]",
                    "reverse Course math.learners PRE_REMOVE +[] -[Learner lea]",
                    "reverse Course music.learners PRE_ADD +[Learner lea] -[]",
                    "Learner lea.courses POST_REMOVE +[] -[Course math]",
                    "Learner lea.courses POST_ADD +[Course music] -[]",
                    "reverse Course math.learners POST_REMOVE +[] -[Learner lea]",
                    "reverse Course music.learners POST_ADD +[Learner lea] -[]");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void reportsAClearWithEveryElementUnlinked(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, RelationSignalTestReceivers.class)) {
            School school = new School(app);

            // when
            app.run(em -> school.lea(em).getCourses().clear());

            // then the courses each lost a learner: a removal on their side
            assertThat(app.bean(Recorder.class).seen()).containsExactlyInAnyOrder(
                    "Learner lea.courses PRE_CLEAR +[] -[Course art, Course math]",
                    "reverse Course art.learners PRE_REMOVE +[] -[Learner lea]",
                    "reverse Course math.learners PRE_REMOVE +[] -[Learner lea]",
                    "Learner lea.courses POST_CLEAR +[] -[Course art, Course math]",
                    "reverse Course art.learners POST_REMOVE +[] -[Learner lea]",
                    "reverse Course math.learners POST_REMOVE +[] -[Learner lea]");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void reportsAReplacedCollectionAsItsNetChange(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, RelationSignalTestReceivers.class)) {
            School school = new School(app);

            // when
            app.run(em -> school.lea(em).setCourses(new LinkedHashSet<>(
                    List.of(school.course(em, school.art), school.course(em, school.music)))));

            // then
            assertThat(app.bean(Recorder.class).seen()).filteredOn(seen -> !seen.startsWith("reverse"))
                    .containsExactly(
                            "Learner lea.courses PRE_REMOVE +[] -[Course math]",
                            "Learner lea.courses PRE_ADD +[Course music] -[]",
                            "Learner lea.courses POST_REMOVE +[] -[Course math]",
                            "Learner lea.courses POST_ADD +[Course music] -[]");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void reportsNothingWhenNothingIsWritten(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, RelationSignalTestReceivers.class)) {
            School school = new School(app);

            // when an element already linked is added, one is added and removed again, and only the inverse changes
            app.run(em -> {
                Learner lea = school.lea(em);
                lea.getCourses().add(school.course(em, school.math));
                lea.getCourses().add(school.course(em, school.music));
                lea.getCourses().remove(school.course(em, school.music));
                school.course(em, school.music).getLearners().add(lea);
            });

            // then
            assertThat(app.bean(Recorder.class).seen()).isEmpty();
            assertThat(app.rowsCommitted("LEARNER_COURSE")).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void reportsNoRelationChangeWhenTheOwnerIsDeleted(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, RelationSignalTestReceivers.class)) {
            School school = new School(app);

            // when
            app.run(em -> em.remove(school.lea(em)));

            // then
            assertThat(app.bean(Recorder.class).seen()).isEmpty();
            assertThat(app.rowsCommitted("LEARNER_COURSE")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void reportsUnidirectionalOneToMany(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, RelationSignalTestReceivers.class)) {
            Long team = app.persist(new Team("red")).getId();
            Long ann = app.persist(new Account("ann", "ann@old.org")).getId();

            // when
            app.run(em -> em.find(Team.class, team).getMembers().add(em.find(Account.class, ann)));

            // then
            assertThat(app.bean(Recorder.class).seen()).containsExactly(
                    "Team red.members PRE_ADD +[Account ann] -[]",
                    "Team red.members POST_ADD +[Account ann] -[]");
        }
    }

    /** Counts join rows as another connection sees them, uncommitted ones included. */
    @ApplicationScoped
    static class RelationSignalTestRowProbe {
        @Inject
        Recorder recorder;

        private TestApp app;

        void attach(TestApp app) {
            this.app = app;
        }

        void probe(@Observes @RelationChanged(value = Learner.class, attribute = "courses") RelationEvent<Learner> event) {
            recorder.record(event.action() + " rows=" + app.rowsWritten("LEARNER_COURSE"));
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void runsPreActionsBeforeTheRowsAreWrittenAndPostActionsAfter(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, RelationSignalTestRowProbe.class)) {
            app.bean(RelationSignalTestRowProbe.class).attach(app);
            School school = new School(app);

            // when
            app.run(em -> school.lea(em).getCourses().add(school.course(em, school.music)));
            app.run(em -> school.lea(em).getCourses().clear());

            // then
            assertThat(app.bean(Recorder.class).seen()).containsExactly(
                    "PRE_ADD rows=2", "POST_ADD rows=3", "PRE_CLEAR rows=3", "POST_CLEAR rows=0");
        }
    }

    @ApplicationScoped
    static class RelationSignalTestFilters {
        @Inject
        Recorder recorder;
        @Inject
        EntityManager em;

        void added(@Observes @RelationChanged(value = Learner.class, attribute = "courses",
                actions = Action.POST_ADD) RelationEvent<Learner> event) {
            for (Object course : event.added()) {
                em.persist(new AuditEntry(event.entity() + " enrolled in " + course));
            }
        }

        void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) @RelationChanged(value = Course.class,
                actions = {Action.POST_ADD, Action.POST_REMOVE}) RelationEvent<Course> event) {
            recorder.record("committed " + RelationSignalTestReceivers.describe(event));
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void filtersByAttributeAndActionAndLetsPostReceiversWrite(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, RelationSignalTestFilters.class)) {
            School school = new School(app);

            // when
            app.run(em -> school.lea(em).getCourses().add(school.course(em, school.music)));

            // then
            assertThat(app.rowsCommitted("AUDITENTRY")).isEqualTo(3);
            assertThat(app.bean(Recorder.class).seen()).containsExactly(
                    "committed reverse Course music.learners POST_ADD +[Learner lea] -[]");
        }
    }

    @ApplicationScoped
    static class RelationSignalTestVeto {
        void veto(@Observes @RelationChanged(value = Learner.class, actions = Action.PRE_ADD) RelationEvent<Learner> e) {
            if (e.added().stream().anyMatch(course -> course.toString().equals("Course music"))) {
                throw new IllegalStateException("music is full");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void aFailingPreActionReceiverRollsTheTransactionBack(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, RelationSignalTestVeto.class)) {
            School school = new School(app);

            // when
            assertThatThrownBy(() -> app.run(em -> {
                Learner lea = school.lea(em);
                lea.setName("renamed");
                lea.getCourses().add(school.course(em, school.music));
            })).hasRootCauseMessage("music is full");

            // then
            assertThat(app.rowsCommitted("LEARNER_COURSE")).isEqualTo(2);
            String name = app.call(em -> school.lea(em).getName());
            assertThat(name).isEqualTo("lea");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void deliversNothingWhileTheOwnersClassIsMuted(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, RelationSignalTestReceivers.class)) {
            School school = new School(app);

            // when
            Signals.muted(() -> app.run(em -> school.lea(em).getCourses().add(school.course(em, school.music))),
                    Learner.class);

            // then the learner's side is muted, the course's side is not
            assertThat(app.bean(Recorder.class).seen()).containsExactly(
                    "reverse Course music.learners PRE_ADD +[Learner lea] -[]",
                    "reverse Course music.learners POST_ADD +[Learner lea] -[]");
        }
    }

    @ApplicationScoped
    static class RelationSignalTestOneAttribute {
        @Inject
        Recorder recorder;

        void members(@Observes @RelationChanged(attribute = "members") RelationEvent<?> event) {
            recorder.record(RelationSignalTestReceivers.describe(event));
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void deliversOnlyTheNamedRelation(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, RelationSignalTestOneAttribute.class)) {
            School school = new School(app);
            Long team = app.persist(new Team("red")).getId();
            Long ann = app.persist(new Account("ann", "ann@old.org")).getId();

            // when two relations change in one transaction
            app.run(em -> {
                em.find(Team.class, team).getMembers().add(em.find(Account.class, ann));
                school.lea(em).getCourses().add(school.course(em, school.music));
            });

            // then
            assertThat(app.bean(Recorder.class).seen()).containsExactly(
                    "Team red.members PRE_ADD +[Account ann] -[]",
                    "Team red.members POST_ADD +[Account ann] -[]");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void tellsApartCollectionsWithTheSameElements(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, RelationSignalTestReceivers.class)) {
            School school = new School(app);

            // when, in one flush, lea's courses are replaced by {art} and bob is persisted with {art}
            app.run(em -> {
                Learner bob = new Learner("bob");
                bob.getCourses().add(school.course(em, school.art));
                em.persist(bob);
                school.lea(em).setCourses(new LinkedHashSet<>(List.of(school.course(em, school.art))));
            });

            // then
            assertThat(app.bean(Recorder.class).seen()).filteredOn(seen -> seen.contains(" POST_"))
                    .filteredOn(seen -> !seen.startsWith("reverse")).containsExactlyInAnyOrder(
                            "Learner lea.courses POST_REMOVE +[] -[Course math]",
                            "Learner bob.courses POST_ADD +[Course art] -[]");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void reportsRemovingTheLastElementAsAClear(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, RelationSignalTestReceivers.class)) {
            School school = new School(app);

            // when one of lea's two courses is removed, then the other one
            app.run(em -> school.lea(em).getCourses().remove(school.course(em, school.math)));
            app.run(em -> school.lea(em).getCourses().remove(school.course(em, school.art)));

            // then
            assertThat(app.bean(Recorder.class).seen()).filteredOn(seen -> !seen.startsWith("reverse"))
                    .containsExactly(
                            "Learner lea.courses PRE_REMOVE +[] -[Course math]",
                            "Learner lea.courses POST_REMOVE +[] -[Course math]",
                            "Learner lea.courses PRE_CLEAR +[] -[Course art]",
                            "Learner lea.courses POST_CLEAR +[] -[Course art]");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void groupsTheReverseEventsOfAFlushByElement(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, RelationSignalTestReceivers.class)) {
            School school = new School(app);
            Long bob = app.persist(new Learner("bob")).getId();

            // when lea and bob both join music, and bob joins math
            app.run(em -> {
                school.lea(em).getCourses().add(school.course(em, school.music));
                Learner learner = em.find(Learner.class, bob);
                learner.getCourses().add(school.course(em, school.music));
                learner.getCourses().add(school.course(em, school.math));
            });

            // then each course gets one event per action, with every learner it gained
            List<String> seen = app.bean(Recorder.class).seen();
            assertThat(seen).filteredOn(signal -> signal.startsWith("reverse")).containsExactlyInAnyOrder(
                    "reverse Course music.learners PRE_ADD +[Learner bob, Learner lea] -[]",
                    "reverse Course math.learners PRE_ADD +[Learner bob] -[]",
                    "reverse Course music.learners POST_ADD +[Learner bob, Learner lea] -[]",
                    "reverse Course math.learners POST_ADD +[Learner bob] -[]");
            // and in each phase the owning sides' events come first, then the reverse ones
            assertThat(runs(seen)).containsExactly("owning PRE_", "reverse PRE_", "owning POST_", "reverse POST_");
        }
    }

    /** Records the pre actions of learners only: no post action is queued, so a flush is followed by no other. */
    @ApplicationScoped
    static class RelationSignalTestPreActions {
        @Inject
        Recorder recorder;

        void pre(@Observes @RelationChanged(value = Learner.class,
                actions = {Action.PRE_ADD, Action.PRE_REMOVE, Action.PRE_CLEAR}) RelationEvent<Learner> event) {
            recorder.record(RelationSignalTestReceivers.describe(event));
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void signalsEachFlushOfATransaction(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, RelationSignalTestPreActions.class)) {
            School school = new School(app);

            // when one transaction flushes explicitly, before a query, and at commit
            app.run(em -> {
                Learner lea = school.lea(em);
                lea.getCourses().add(school.course(em, school.music));
                em.flush();
                lea.getCourses().remove(school.course(em, school.math));
                em.createQuery("select count(c) from Learner l join l.courses c", Long.class).getSingleResult();
                lea.getCourses().remove(school.course(em, school.art));
            });

            // then
            assertThat(app.bean(Recorder.class).seen()).containsExactly(
                    "Learner lea.courses PRE_ADD +[Course music] -[]",
                    "Learner lea.courses PRE_REMOVE +[] -[Course math]",
                    "Learner lea.courses PRE_REMOVE +[] -[Course art]");
        }
    }

    /** The side and phase of each recorded event, with repeats in a row collapsed. */
    private static List<String> runs(List<String> seen) {
        List<String> runs = new ArrayList<>();
        for (String signal : seen) {
            String run = (signal.startsWith("reverse") ? "reverse " : "owning ")
                    + (signal.contains(" PRE_") ? "PRE_" : "POST_");
            if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(run)) {
                runs.add(run);
            }
        }
        return runs;
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void groupsTheReverseRemovalsOfAFlushByElement(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, RelationSignalTestReceivers.class)) {
            School school = new School(app);
            Long bob = app.call(em -> {
                Learner learner = new Learner("bob");
                learner.getCourses().add(school.course(em, school.math));
                em.persist(learner);
                return learner.getId();
            });
            app.bean(Recorder.class).clear();

            // when lea and bob both leave math (which empties bob's courses)
            app.run(em -> {
                school.lea(em).getCourses().remove(school.course(em, school.math));
                em.find(Learner.class, bob).getCourses().remove(school.course(em, school.math));
            });

            // then
            assertThat(app.bean(Recorder.class).seen()).filteredOn(seen -> seen.startsWith("reverse"))
                    .containsExactly(
                            "reverse Course math.learners PRE_REMOVE +[] -[Learner bob, Learner lea]",
                            "reverse Course math.learners POST_REMOVE +[] -[Learner bob, Learner lea]");
        }
    }

    /** Records the save signals of learners and the relation events of their side. */
    @ApplicationScoped
    static class RelationSignalTestSaves {
        @Inject
        Recorder recorder;

        void preSave(@Observes @PreSave(Learner.class) SaveEvent<Learner> event) {
            recorder.record("PreSave " + event.entity() + " created=" + event.created());
        }

        void postSave(@Observes @PostSave(Learner.class) SaveEvent<Learner> event) {
            recorder.record("PostSave " + event.entity() + " created=" + event.created());
        }

        void relation(@Observes @RelationChanged(Learner.class) RelationEvent<Learner> event) {
            recorder.record(RelationSignalTestReceivers.describe(event));
        }
    }

    private record CollectionChange(String name, BiConsumer<EntityManager, School> change, List<String> saves,
            List<String> relations) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> collectionChanges() {
        List<CollectionChange> changes = List.of(
                new CollectionChange("replaced with a smaller set", (em, school) -> school.lea(em)
                        .setCourses(new HashSet<>(Set.of(school.course(em, school.math)))), List.of(), List.of(
                                "Learner lea.courses PRE_REMOVE +[] -[Course art]",
                                "Learner lea.courses POST_REMOVE +[] -[Course art]")),
                new CollectionChange("replaced with an empty set",
                        (em, school) -> school.lea(em).setCourses(new HashSet<>()), List.of(), List.of(
                                "Learner lea.courses PRE_CLEAR +[] -[Course art, Course math]",
                                "Learner lea.courses POST_CLEAR +[] -[Course art, Course math]")),
                new CollectionChange("mutated in place", (em, school) -> {
                    Learner lea = school.lea(em);
                    lea.getCourses().remove(school.course(em, school.art));
                    lea.getCourses().add(school.course(em, school.music));
                }, List.of(), List.of(
                        "Learner lea.courses PRE_REMOVE +[] -[Course art]",
                        "Learner lea.courses PRE_ADD +[Course music] -[]",
                        "Learner lea.courses POST_REMOVE +[] -[Course art]",
                        "Learner lea.courses POST_ADD +[Course music] -[]")),
                new CollectionChange("replaced, and an attribute changed", (em, school) -> {
                    Learner lea = school.lea(em);
                    lea.setName("Lea");
                    lea.setCourses(new HashSet<>(Set.of(school.course(em, school.math))));
                }, List.of("PreSave Learner Lea created=false", "PostSave Learner Lea created=false"), List.of(
                        "Learner Lea.courses PRE_REMOVE +[] -[Course art]",
                        "Learner Lea.courses POST_REMOVE +[] -[Course art]")));
        return Stream.of(Provider.values())
                .flatMap(provider -> changes.stream().map(change -> Arguments.of(provider, change)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("collectionChanges")
    void aCollectionChangeIsASaveOnlyWithAnAttributeChange(Provider provider, CollectionChange change) {
        try (TestApp app = TestApp.start(provider, Recorder.class, RelationSignalTestSaves.class)) {
            School school = new School(app);

            // when
            app.run(em -> change.change().accept(em, school));

            // then
            List<String> seen = app.bean(Recorder.class).seen();
            assertThat(seen).filteredOn(signal -> signal.contains("Save ")).containsExactlyElementsOf(change.saves());
            assertThat(seen).filteredOn(signal -> !signal.contains("Save "))
                    .containsExactlyElementsOf(change.relations());
        }
    }

    @Test
    void hibernateStatelessSessionsWriteRelationsWhileRelationsAreObserved() {
        try (TestApp app = TestApp.start(Provider.HIBERNATE, Recorder.class, RelationSignalTestReceivers.class)) {
            Long math = app.persist(new Course("math")).getId();

            // when a StatelessSession inserts an owner with a relation (Hibernate 7 raises collection events for it)
            try (StatelessSession session = app.factory().unwrap(SessionFactory.class).openStatelessSession()) {
                session.getTransaction().begin();
                Learner lea = new Learner("lea");
                lea.getCourses().add(session.get(Course.class, math));
                session.insert(lea);
                session.getTransaction().commit();
            }

            // then
            assertThat(app.rowsCommitted("LEARNER_COURSE")).isEqualTo(1);
        }
    }
}
