package org.entitysignals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.entitysignals.model.Account;
import org.entitysignals.model.Account_;
import org.entitysignals.model.Address;
import org.entitysignals.model.Author;
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

/**
 * "What changed": the same scenarios on both providers, each with the changes written out by hand; both phases must
 * report them identically.
 */
class ChangesTest {

    /** Writes down, inside the receiver, what each save event says changed: "phase [names] name: old -> new ...". */
    @ApplicationScoped
    static class ChangesTestReceivers {
        @Inject
        Recorder recorder;

        void pre(@Observes @PreSave(Account.class) SaveEvent<Account> event) {
            recorder.record("pre " + describe(event));
        }

        void post(@Observes @PostSave(Account.class) SaveEvent<Account> event) {
            recorder.record("post " + describe(event));
        }

        static String describe(SaveEvent<?> event) {
            return event.changedAttributes() + event.changedAttributes().stream()
                    .map(name -> " " + name + ": " + event.oldValue(name) + " -> " + event.newValue(name))
                    .collect(Collectors.joining());
        }
    }

    private record Scenario(String name, BiConsumer<EntityManager, Long> change, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> scenarios() {
        List<Scenario> scenarios = List.of(
                new Scenario("basic value", (em, id) -> em.find(Account.class, id).setEmail("ann@new.org"),
                        "[email] email: ann@old.org -> ann@new.org"),
                new Scenario("two values, one primitive", (em, id) -> {
                    Account account = em.find(Account.class, id);
                    account.setCredits(5);
                    account.setName("Ann");
                }, "[credits, name] credits: 0 -> 5 name: ann -> Ann"),
                new Scenario("value set to null", (em, id) -> em.find(Account.class, id).setEmail(null),
                        "[email] email: ann@old.org -> null"),
                new Scenario("to-one set", (em, id) -> em.find(Account.class, id)
                        .setTeam(em.createQuery("select t from Team t", Team.class).getSingleResult()),
                        "[team] team: null -> Team red"),
                new Scenario("embeddable set", (em, id) -> em.find(Account.class, id)
                        .setAddress(new Address("1 Main St", "Springfield")),
                        "[address] address: null -> 1 Main St, Springfield"),
                new Scenario("set back before the flush", (em, id) -> {
                    Account account = em.find(Account.class, id);
                    account.setEmail("x@y.z");
                    account.setEmail("ann@old.org");
                    account.setCredits(1);
                }, "[credits] credits: 0 -> 1"));
        return Stream.of(Provider.values())
                .flatMap(provider -> scenarios.stream().map(scenario -> Arguments.of(provider, scenario)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("scenarios")
    void reportsTheSameChangesOnEveryProvider(Provider provider, Scenario scenario) {
        try (TestApp app = TestApp.start(provider, Recorder.class, ChangesTestReceivers.class)) {
            app.persist(new Team("red"));
            Long id = app.persist(new Account("ann", "ann@old.org")).getId();
            app.bean(Recorder.class).clear();

            // when
            app.run(em -> scenario.change().accept(em, id));

            // then
            assertThat(app.bean(Recorder.class).seen())
                    .containsExactly("pre " + scenario.expected(), "post " + scenario.expected());
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void reportsEveryNonNullAttributeOfAnInsertAsChangedFromNull(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, ChangesTestReceivers.class)) {
            // when
            app.run(em -> {
                Account account = new Account("ann", "ann@old.org");
                account.setAddress(new Address("1 Main St", "Springfield"));
                em.persist(account);
            });

            // then the id and the version are the provider's business; the null team is not a change
            String expected = "[address, credits, email, name] address: null -> 1 Main St, Springfield"
                    + " credits: null -> 0 email: null -> ann@old.org name: null -> ann";
            assertThat(app.bean(Recorder.class).seen()).containsExactly("pre " + expected, "post " + expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void comparesToOnesByEntityAndEmbeddablesByValue(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, ChangesTestReceivers.class)) {
            app.persist(new Team("red"));
            app.persist(new Team("blue"));
            Long id = app.call(em -> {
                Account account = new Account("ann", "ann@old.org");
                account.setTeam(em.createQuery("select t from Team t where t.name = 'red'", Team.class).getSingleResult());
                account.setAddress(new Address("1 Main St", "Springfield"));
                em.persist(account);
                return account.getId();
            });
            app.bean(Recorder.class).clear();

            // when the team is swapped and the embeddable changed in place
            app.run(em -> {
                Account account = em.find(Account.class, id);
                account.setTeam(em.createQuery("select t from Team t where t.name = 'blue'", Team.class).getSingleResult());
                account.getAddress().setCity("Shelbyville");
            });

            // then
            String expected = "[address, team] address: 1 Main St, Springfield -> 1 Main St, Shelbyville"
                    + " team: Team red -> Team blue";
            assertThat(app.bean(Recorder.class).seen()).containsExactly("pre " + expected, "post " + expected);
        }
    }

    @ApplicationScoped
    static class ChangesTestCapitalizer {
        void capitalize(@Observes @PreSave(Account.class) SaveEvent<Account> event) {
            if (event.changed("email") && !event.created()) {
                event.entity().setName(event.entity().getName().toUpperCase());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void includesWhatPreSaveReceiversChangedInThePostPhase(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, ChangesTestReceivers.class,
                ChangesTestCapitalizer.class)) {
            Long id = app.persist(new Account("ann", "ann@old.org")).getId();
            app.bean(Recorder.class).clear();

            // when
            app.run(em -> em.find(Account.class, id).setEmail("ann@new.org"));

            // then
            assertThat(app.bean(Recorder.class).seen()).last()
                    .isEqualTo("post [email, name] email: ann@old.org -> ann@new.org name: ann -> ANN");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void comparesWithWhatAnEarlierFlushOfTheTransactionWrote(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, ChangesTestReceivers.class)) {
            Long id = app.persist(new Account("ann", "ann@old.org")).getId();
            app.bean(Recorder.class).clear();

            // when
            app.run(em -> {
                Account account = em.find(Account.class, id);
                account.setEmail("ann@first.org");
                em.flush();
                account.setEmail("ann@second.org");
            });

            // then
            assertThat(app.bean(Recorder.class).seen()).containsExactly(
                    "pre [email] email: ann@old.org -> ann@first.org",
                    "post [email] email: ann@old.org -> ann@first.org",
                    "pre [email] email: ann@first.org -> ann@second.org",
                    "post [email] email: ann@first.org -> ann@second.org");
        }
    }

    @ApplicationScoped
    static class ChangesTestTypedReceiver {
        @Inject
        Recorder recorder;

        void typed(@Observes @PostSave(Account.class) SaveEvent<Account> event) {
            if (!event.created() && event.changed(Account_.credits)) {
                int before = event.oldValue(Account_.credits);
                int after = event.newValue(Account_.credits);
                recorder.record("credits +" + (after - before) + ", email changed: " + event.changed(Account_.email));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void answersThroughTheStaticMetamodel(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, ChangesTestTypedReceiver.class)) {
            Long id = app.persist(new Account("ann", "ann@old.org")).getId();

            // when
            app.run(em -> em.find(Account.class, id).setCredits(7));

            // then
            assertThat(app.bean(Recorder.class).seen()).containsExactly("credits +7, email changed: false");
        }
    }

    @ApplicationScoped
    static class ChangesTestMisuse {
        private final List<Throwable> failures = new CopyOnWriteArrayList<>();

        List<Throwable> failures() {
            return failures;
        }

        void misuse(@Observes @PostSave(Account.class) SaveEvent<Account> event) {
            for (String name : List.of("emial", "version", "id")) {
                try {
                    event.oldValue(name);
                } catch (IllegalArgumentException expected) {
                    failures.add(expected);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void rejectsNamesThatAreNotSingularAttributesNamingWhatIsCovered(Provider provider) {
        try (TestApp app = TestApp.start(provider, ChangesTestMisuse.class)) {
            // when
            app.persist(new Account("ann", "ann@old.org"));

            // then: a typo, the version and the id are each refused, with the attributes that are covered
            assertThat(app.bean(ChangesTestMisuse.class).failures()).hasSize(3).allSatisfy(failure -> assertThat(
                    failure).hasMessageStartingWith("ESIG104")
                    .hasMessageContaining(" on " + Account.class.getName())
                    .hasMessageContaining("[address, credits, email, name, team]"));
        }
    }

    @ApplicationScoped
    static class ChangesTestAnySave {
        @Inject
        Recorder recorder;

        void any(@Observes @PreSave SaveEvent<?> event) {
            recorder.record("pre-save " + event.entity());
        }

        void anyPost(@Observes @PostSave SaveEvent<?> event) {
            recorder.record("post-save " + event.entity());
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void aChangeToRelationsOnlyIsNoSave(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, ChangesTestAnySave.class)) {
            Long team = app.persist(new Team("red")).getId();
            Long account = app.persist(new Account("ann", "ann@old.org")).getId();
            Long learner = app.persist(new Learner("lea")).getId();
            app.persist(new Course("math"));
            app.bean(Recorder.class).clear();

            // when a versioned entity (Team) and an unversioned one (Learner) change only their collections
            app.run(em -> {
                em.find(Team.class, team).getMembers().add(em.find(Account.class, account));
                em.find(Learner.class, learner).getCourses()
                        .add(em.createQuery("select c from Course c", Course.class).getSingleResult());
            });

            // then
            assertThat(app.bean(Recorder.class).seen()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void aChangeToAnElementCollectionIsASave(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, ChangesTestAnySave.class)) {
            Long team = app.persist(new Team("red")).getId();
            app.bean(Recorder.class).clear();

            // when only the element collection changes: values of the entity, not a relation
            app.run(em -> em.find(Team.class, team).getTags().add("league"));

            // then
            assertThat(app.bean(Recorder.class).seen()).containsExactly("pre-save Team red", "post-save Team red");
        }
    }

    @ApplicationScoped
    static class ChangesTestLater {
        static volatile CountDownLatch gate;
        @Inject
        Recorder recorder;

        void later(@ObservesAsync @PostSave(Account.class) SaveEvent<Account> event) throws InterruptedException {
            gate.await(10, TimeUnit.SECONDS);
            recorder.record("async " + ChangesTestReceivers.describe(event));
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void asyncReceiversSeeTheChangesOfTheirFlush(Provider provider) throws InterruptedException {
        ChangesTestLater.gate = new CountDownLatch(1);
        try (TestApp app = TestApp.start(provider, Recorder.class, ChangesTestLater.class)) {
            Long id = app.call(em -> {
                Account account = new Account("ann", "ann@old.org");
                em.persist(account);
                return account.getId();
            });

            // when the entity changes again in the same transaction, and only then the async receivers run
            app.run(em -> {
                Account account = em.find(Account.class, id);
                account.setEmail("ann@first.org");
                em.flush();
                account.setEmail("ann@second.org");
                account.setCredits(3);
            });
            ChangesTestLater.gate.countDown();

            // then each sees its own flush's changes
            awaitRecords(app, 3);
            assertThat(app.bean(Recorder.class).seen()).containsExactlyInAnyOrder(
                    "async [credits, email, name] credits: null -> 0 email: null -> ann@old.org name: null -> ann",
                    "async [email] email: ann@old.org -> ann@first.org",
                    "async [credits, email] credits: 0 -> 3 email: ann@first.org -> ann@second.org");
        }
    }

    @ApplicationScoped
    static class ChangesTestFlushingReceivers {
        @Inject
        EntityManager em;
        @Inject
        Recorder recorder;

        void first(@Observes @Priority(10) @PostSave(Account.class) SaveEvent<Account> event) {
            if (!event.created() && event.entity().getCredits() == 0) {
                event.entity().setCredits(9);
                em.flush();
            }
        }

        void second(@Observes @Priority(20) @PostSave(Account.class) SaveEvent<Account> event) {
            if (!event.created()) {
                recorder.record(ChangesTestReceivers.describe(event));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void laterReceiversSeeTheChangesOfTheirEventAfterAnEarlierOneFlushed(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, ChangesTestFlushingReceivers.class)) {
            Long id = app.persist(new Account("ann", "ann@old.org")).getId();

            // when the first receiver changes the entity again and flushes, before the second receiver runs
            app.run(em -> em.find(Account.class, id).setEmail("ann@new.org"));

            // then the second receiver still sees the first save's changes, then the second save's
            assertThat(app.bean(Recorder.class).seen()).containsExactly(
                    "[email] email: ann@old.org -> ann@new.org",
                    "[credits] credits: 0 -> 9");
        }
    }

    private static void awaitRecords(TestApp app, int count) throws InterruptedException {
        for (int i = 0; i < 500 && app.bean(Recorder.class).seen().size() < count; i++) {
            Thread.sleep(10);
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void deliversNothingWithoutChangesToTheEntitysAttributes(Provider provider) {
        // the unchanged entity: covered by SignalDeliveryTest; here a flush with the same value written back
        try (TestApp app = TestApp.start(provider, Recorder.class, ChangesTestReceivers.class)) {
            Long id = app.persist(new Account("ann", "ann@old.org")).getId();
            app.bean(Recorder.class).clear();

            // when
            app.run(em -> em.find(Account.class, id).setEmail("ann@old.org"));

            // then
            assertThat(app.bean(Recorder.class).seen()).isEmpty();
        }
    }

    @ApplicationScoped
    static class ChangesTestMissingState {
        private final List<Throwable> failures = new CopyOnWriteArrayList<>();

        List<Throwable> failures() {
            return failures;
        }

        void read(@Observes @PostSave(Author.class) SaveEvent<Author> event) {
            try {
                event.changedAttributes();
            } catch (IllegalStateException expected) {
                failures.add(expected);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Provider.class)
    void explainsWhenOnlyTheMappingFileListenerIsThere(Provider provider) {
        String unit = provider == Provider.HIBERNATE ? "hibernate-mapping-only" : "eclipselink-mapping-only";
        try (TestApp app = TestApp.start(unit, java.util.Map.of(), ChangesTestMissingState.class)) {
            // when
            app.persist(new Author("ann"));

            // then
            assertThat(app.bean(ChangesTestMissingState.class).failures()).singleElement()
                    .satisfies(failure -> assertThat(failure).hasMessageStartingWith("ESIG103")
                            .hasMessageContaining(" on a save of " + Author.class.getName()));
        }
    }

    /** Asks what changed and what the old name was, both of which need the previous state. */
    @ApplicationScoped
    static class ChangesTestStatelessUpdate {
        private final List<Throwable> failures = new CopyOnWriteArrayList<>();

        List<Throwable> failures() {
            return failures;
        }

        void read(@Observes @PostSave(Author.class) SaveEvent<Author> event) {
            if (event.created()) {
                return;
            }
            try {
                event.changedAttributes();
            } catch (IllegalStateException expected) {
                failures.add(expected);
            }
            try {
                event.oldValue("name");
            } catch (IllegalStateException expected) {
                failures.add(expected);
            }
        }
    }

    @Test
    void explainsWhenHibernateKeptNoPreviousStateOfAnUpdate() {
        try (TestApp app = TestApp.start(Provider.HIBERNATE, ChangesTestStatelessUpdate.class)) {
            Long id = app.persist(new Author("ann")).getId();

            // when a StatelessSession updates the row: Hibernate keeps no loaded state for it
            try (StatelessSession session = app.factory().unwrap(SessionFactory.class).openStatelessSession()) {
                session.getTransaction().begin();
                Author author = session.get(Author.class, id);
                author.setName("anna");
                session.update(author);
                session.getTransaction().commit();
            }

            // then the row is updated, and both questions are refused, naming the entity
            String name = app.call(em -> em.find(Author.class, id).getName());
            assertThat(name).isEqualTo("anna");
            assertThat(app.bean(ChangesTestStatelessUpdate.class).failures()).hasSize(2).allSatisfy(failure ->
                    assertThat(failure).hasMessageStartingWith("ESIG105")
                            .hasMessageContaining(" on a save of " + Author.class.getName()));
        }
    }
}
