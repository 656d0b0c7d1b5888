package org.entitysignals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;
import java.util.stream.Collectors;
import org.entitysignals.model.Account;
import org.entitysignals.model.Admin;
import org.entitysignals.model.Audited;
import org.entitysignals.model.Author;
import org.entitysignals.model.Book;
import org.entitysignals.model.Course;
import org.entitysignals.model.Learner;
import org.entitysignals.model.Note;
import org.entitysignals.model.Person;
import org.entitysignals.model.Team;
import org.entitysignals.support.Provider;
import org.entitysignals.support.Recorder;
import org.entitysignals.support.TestApp;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A misdeclared receiver fails deployment with its message id, its location and the fix; one per message id. The
 * valid declarations deploy and receive, on both providers.
 */
class ReceiverValidationTest {

    static class ReceiverValidationTestNotAnEntity {
        void receive(@Observes @PostSave(String.class) SaveEvent<?> event) {
        }
    }

    @Test
    void rejectsASenderThatIsNotAnEntity() {
        assertThat(deploymentFailure(ReceiverValidationTestNotAnEntity.class))
                .contains("ESIG001", "java.lang.String", location(ReceiverValidationTestNotAnEntity.class));
    }

    static class ReceiverValidationTestTypeArgumentNotAnEntity {
        void receive(@Observes @PostSave SaveEvent<String> event) {
        }
    }

    @Test
    void rejectsATypeArgumentThatIsNotAnEntityWhenNoSenderIsNamed() {
        assertThat(deploymentFailure(ReceiverValidationTestTypeArgumentNotAnEntity.class))
                .contains("ESIG001", "java.lang.String", location(ReceiverValidationTestTypeArgumentNotAnEntity.class));
    }

    static class ReceiverValidationTestDisagreeingType {
        void receive(@Observes @PostSave(Author.class) SaveEvent<Book> event) {
        }
    }

    @Test
    void rejectsATypeArgumentThatDisagreesWithTheSenders() {
        assertThat(deploymentFailure(ReceiverValidationTestDisagreeingType.class))
                .contains("ESIG002", "SaveEvent<Book>", Author.class.getName(),
                        location(ReceiverValidationTestDisagreeingType.class), "Declare SaveEvent<Author>");
    }

    static class ReceiverValidationTestSaveEventOnDelete {
        void receive(@Observes @PostDelete SaveEvent<?> event) {
        }
    }

    @Test
    void rejectsASaveEventObservedInADeletePhase() {
        assertThat(deploymentFailure(ReceiverValidationTestSaveEventOnDelete.class))
                .contains("ESIG003", "@PostDelete delivers DeleteEvent",
                        location(ReceiverValidationTestSaveEventOnDelete.class));
    }

    static class ReceiverValidationTestEntityAsPayload {
        void receive(@Observes @PostSave(Author.class) Author author) {
        }
    }

    @Test
    void rejectsTheEntityItselfAsPayload() {
        assertThat(deploymentFailure(ReceiverValidationTestEntityAsPayload.class))
                .contains("ESIG003", "SaveEvent<YourEntity>", location(ReceiverValidationTestEntityAsPayload.class));
    }

    static class ReceiverValidationTestNoPhase {
        void receive(@Observes SaveEvent<Author> event) {
        }
    }

    @Test
    void rejectsASaveEventWithoutPhaseQualifier() {
        assertThat(deploymentFailure(ReceiverValidationTestNoPhase.class))
                .contains("ESIG004", "Add @PreSave or @PostSave", location(ReceiverValidationTestNoPhase.class));
    }

    static class ReceiverValidationTestSaveEventOnLoad {
        void receive(@Observes @Loaded(Author.class) SaveEvent<Author> event) {
        }
    }

    @Test
    void rejectsASaveEventObservedAsLoaded() {
        assertThat(deploymentFailure(ReceiverValidationTestSaveEventOnLoad.class))
                .contains("ESIG003", "@Loaded delivers LoadEvent", location(ReceiverValidationTestSaveEventOnLoad.class));
    }

    static class ReceiverValidationTestLoadWithoutPhase {
        void receive(@Observes LoadEvent<Author> event) {
        }
    }

    @Test
    void rejectsALoadEventWithoutItsQualifier() {
        assertThat(deploymentFailure(ReceiverValidationTestLoadWithoutPhase.class))
                .contains("ESIG004", "Add @Loaded", location(ReceiverValidationTestLoadWithoutPhase.class));
    }

    static class ReceiverValidationTestAsyncPreSave {
        void receive(@ObservesAsync @PreSave SaveEvent<Author> event) {
        }
    }

    @Test
    void rejectsAnAsynchronousPrePhaseReceiver() {
        assertThat(deploymentFailure(ReceiverValidationTestAsyncPreSave.class))
                .contains("ESIG005", "@ObservesAsync", location(ReceiverValidationTestAsyncPreSave.class));
    }

    static class ReceiverValidationTestTransactionalPreDelete {
        void receive(@Observes(during = TransactionPhase.AFTER_SUCCESS) @PreDelete DeleteEvent<Author> event) {
        }
    }

    @Test
    void rejectsATransactionalPrePhaseReceiver() {
        assertThat(deploymentFailure(ReceiverValidationTestTransactionalPreDelete.class))
                .contains("ESIG005", "AFTER_SUCCESS", location(ReceiverValidationTestTransactionalPreDelete.class));
    }

    static class ReceiverValidationTestTwoPhases {
        void receive(@Observes @PreSave @PostSave SaveEvent<Author> event) {
        }
    }

    @Test
    void rejectsTwoPhaseQualifiersOnOneReceiver() {
        assertThat(deploymentFailure(ReceiverValidationTestTwoPhases.class))
                .contains("ESIG006", location(ReceiverValidationTestTwoPhases.class));
    }

    static class ReceiverValidationTestExtraQualifier {
        void receive(@Observes @PostSave @Named("x") SaveEvent<Author> event) {
        }
    }

    @Test
    void rejectsAQualifierThatWouldKeepTheReceiverSilent() {
        assertThat(deploymentFailure(ReceiverValidationTestExtraQualifier.class))
                .contains("ESIG007", "@Named", location(ReceiverValidationTestExtraQualifier.class));
    }

    static class ReceiverValidationTestManyProblems {
        void notAnEntity(@Observes @PostSave(String.class) SaveEvent<?> event) {
        }

        void noPhase(@Observes DeleteEvent<Author> event) {
        }
    }

    @Test
    void reportsEveryProblemOfADeploymentAtOnce() {
        assertThat(deploymentFailure(ReceiverValidationTestManyProblems.class))
                .contains("ESIG001", "#notAnEntity(SaveEvent)", "ESIG004", "#noPhase(DeleteEvent)");
    }

    /** Records "receiver Class name [created|updated]" with the entity typed as each receiver declares it. */
    @ApplicationScoped
    static class ReceiverValidationTestValidReceivers {
        @Inject
        Recorder recorder;

        void mapped(@Observes @PostSave(Person.class) SaveEvent<Person> event) {
            Person person = event.entity();
            recorder.record("mapped " + person + " " + (event.created() ? "created" : "updated"));
        }

        void subclassUnderWildcard(@Observes @PreSave(Admin.class) SaveEvent<? extends Person> event) {
            Person person = event.entity();
            recorder.record("subclassUnderWildcard " + person + " " + (event.created() ? "created" : "updated"));
        }

        void byInterface(@Observes @PostDelete(Audited.class) DeleteEvent<Audited> event) {
            Audited audited = event.entity();
            recorder.record("byInterface " + audited.getClass().getSimpleName() + " " + ((Note) audited).getText());
        }

        void raw(@Observes @PostSave(Book.class) @SuppressWarnings("rawtypes") SaveEvent event) {
            Object entity = event.entity();
            recorder.record("raw " + entity + " " + (event.created() ? "created" : "updated"));
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void acceptsEntitiesSubclassesInterfacesAndRawPayloads(Provider provider) {
        try (TestApp app = TestApp.start(provider, Recorder.class, ReceiverValidationTestValidReceivers.class)) {
            // when a person is saved twice, an admin (a person) once, a note (audited) deleted, a book saved
            Long ann = app.persist(new Person("ann")).getId();
            app.run(em -> em.find(Person.class, ann).setName("anna"));
            app.persist(new Admin("bob"));
            Long note = app.persist(new Note("memo")).getId();
            app.run(em -> em.remove(em.find(Note.class, note)));
            app.persist(new Book("dune"));

            // then each receiver got the signals of its senders and subclasses, its entity of the declared type
            assertThat(app.bean(Recorder.class).seen()).containsExactly(
                    "mapped Person ann created",
                    "mapped Person anna updated",
                    "subclassUnderWildcard Admin bob created",
                    "mapped Admin bob created",
                    "byInterface Note memo",
                    "raw Book dune created");
        }
    }

    static class ReceiverValidationTestAsyncPreAction {
        void receive(@ObservesAsync @RelationChanged(Learner.class) RelationEvent<Learner> event) {
        }
    }

    @Test
    void rejectsAnAsyncRelationReceiverThatWouldGetPreActions() {
        assertThat(deploymentFailure(ReceiverValidationTestAsyncPreAction.class))
                .contains("ESIG008", "@ObservesAsync", location(ReceiverValidationTestAsyncPreAction.class),
                        "actions = {POST_ADD, POST_REMOVE, POST_CLEAR}");
    }

    static class ReceiverValidationTestTransactionalPreAction {
        void receive(@Observes(during = TransactionPhase.AFTER_SUCCESS) @RelationChanged(value = Learner.class,
                actions = {RelationEvent.Action.POST_ADD, RelationEvent.Action.PRE_ADD}) RelationEvent<Learner> event) {
        }
    }

    @Test
    void rejectsATransactionalRelationReceiverThatNamesAPreAction() {
        assertThat(deploymentFailure(ReceiverValidationTestTransactionalPreAction.class))
                .contains("ESIG008", "during = AFTER_SUCCESS",
                        location(ReceiverValidationTestTransactionalPreAction.class));
    }

    static class ReceiverValidationTestNoSuchRelation {
        void receive(@Observes @RelationChanged(value = Learner.class, attribute = "coursez")
                RelationEvent<Learner> event) {
        }
    }

    @Test
    void rejectsARelationTheSenderDoesNotHave() {
        assertThat(deploymentFailure(ReceiverValidationTestNoSuchRelation.class))
                .contains("ESIG009", Learner.class.getName(), "'coursez'",
                        location(ReceiverValidationTestNoSuchRelation.class));
    }

    static class ReceiverValidationTestSenderWithoutRelations {
        void receive(@Observes @RelationChanged(Author.class) RelationEvent<Author> event) {
        }
    }

    @Test
    void rejectsASenderWithoutRelations() {
        assertThat(deploymentFailure(ReceiverValidationTestSenderWithoutRelations.class))
                .contains("ESIG009", Author.class.getName(), "no collection-valued relation",
                        location(ReceiverValidationTestSenderWithoutRelations.class));
    }

    static class ReceiverValidationTestRelationPayload {
        void receive(@Observes @RelationChanged(Learner.class) SaveEvent<Learner> event) {
        }
    }

    @Test
    void rejectsTheWrongPayloadForRelationChanged() {
        assertThat(deploymentFailure(ReceiverValidationTestRelationPayload.class))
                .contains("ESIG003", "@RelationChanged delivers RelationEvent",
                        location(ReceiverValidationTestRelationPayload.class));
    }

    static class ReceiverValidationTestRelationWithoutQualifier {
        void receive(@Observes RelationEvent<Learner> event) {
        }
    }

    @Test
    void rejectsARelationEventWithoutItsQualifier() {
        assertThat(deploymentFailure(ReceiverValidationTestRelationWithoutQualifier.class))
                .contains("ESIG004", "Add @RelationChanged", location(ReceiverValidationTestRelationWithoutQualifier.class));
    }

    /** Records "receiver [reverse] Class name.attribute ACTION +[added] -[removed]", typed as each receiver declares. */
    @ApplicationScoped
    static class ReceiverValidationTestValidRelationReceivers {
        @Inject
        Recorder recorder;

        void sync(@Observes @RelationChanged(value = Learner.class, attribute = "courses") RelationEvent<Learner> e) {
            Learner learner = e.entity();
            recorder.record("sync " + describe(learner, e));
        }

        void async(@ObservesAsync @RelationChanged(value = Learner.class, actions = RelationEvent.Action.POST_ADD)
                RelationEvent<Learner> e) {
            Learner learner = e.entity();
            recorder.record("async " + describe(learner, e));
        }

        void inherited(@Observes @RelationChanged(value = Team.class, attribute = "members") RelationEvent<Team> e) {
            Team team = e.entity();
            recorder.record("inherited " + describe(team, e));
        }

        void any(@Observes @RelationChanged RelationEvent<?> e) {
            recorder.record("any " + describe(e.entity(), e));
        }

        private static String describe(Object entity, RelationEvent<?> e) {
            return (e.reverse() ? "reverse " : "") + entity + "." + e.attribute() + " " + e.action()
                    + " +" + e.added() + " -" + e.removed();
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void acceptsValidRelationReceivers(Provider provider) throws InterruptedException {
        try (TestApp app = TestApp.start(provider, Recorder.class, ReceiverValidationTestValidRelationReceivers.class)) {
            // given
            Long art = app.persist(new Course("art")).getId();
            Long lea = app.persist(new Learner("lea")).getId();
            Long red = app.persist(new Team("red")).getId();
            Long ann = app.persist(new Account("ann", "ann@example.org")).getId();
            Recorder recorder = app.bean(Recorder.class);
            recorder.clear();

            // when a learner joins a course, then an account joins a team
            app.run(em -> em.find(Learner.class, lea).getCourses().add(em.find(Course.class, art)));
            awaitRecord(recorder, "async ");
            app.run(em -> em.find(Team.class, red).getMembers().add(em.find(Account.class, ann)));

            // then each receiver got the changes of its sender, attribute and actions, in the declared type
            assertThat(recorded(recorder, "sync ")).containsExactly(
                    "sync Learner lea.courses PRE_ADD +[Course art] -[]",
                    "sync Learner lea.courses POST_ADD +[Course art] -[]");
            assertThat(recorded(recorder, "async ")).containsExactly(
                    "async Learner lea.courses POST_ADD +[Course art] -[]");
            assertThat(recorded(recorder, "inherited ")).containsExactly(
                    "inherited Team red.members PRE_ADD +[Account ann] -[]",
                    "inherited Team red.members POST_ADD +[Account ann] -[]");
            assertThat(recorded(recorder, "any ")).containsExactly(
                    "any Learner lea.courses PRE_ADD +[Course art] -[]",
                    "any reverse Course art.learners PRE_ADD +[Learner lea] -[]",
                    "any Learner lea.courses POST_ADD +[Course art] -[]",
                    "any reverse Course art.learners POST_ADD +[Learner lea] -[]",
                    "any Team red.members PRE_ADD +[Account ann] -[]",
                    "any Team red.members POST_ADD +[Account ann] -[]");
        }
    }

    private static void awaitRecord(Recorder recorder, String prefix) throws InterruptedException {
        for (int i = 0; i < 500 && recorded(recorder, prefix).isEmpty(); i++) {
            Thread.sleep(10);
        }
    }

    private static List<String> recorded(Recorder recorder, String prefix) {
        return recorder.seen().stream().filter(seen -> seen.startsWith(prefix)).collect(Collectors.toList());
    }

    /** A concrete class that is not mapped, with an entity below it. */
    public static class ReceiverValidationTestPlainBase {
    }

    @Entity
    public static class ReceiverValidationTestMappedSub extends ReceiverValidationTestPlainBase {
        @Id
        Long id;
    }

    static class ReceiverValidationTestPlainBaseReceiver {
        void on(@Observes @PostSave(ReceiverValidationTestPlainBase.class) SaveEvent<ReceiverValidationTestPlainBase> e) {
        }
    }

    @Test
    void acceptsAConcreteSuperclassOfAnEntityWhicheverIsDiscoveredFirst() {
        // when
        Throwable receiverFirst = catchThrowable(() -> new Weld().disableDiscovery()
                .addExtension(new EntitySignalsExtension()).addBeanClasses(
                        ReceiverValidationTestPlainBaseReceiver.class, ReceiverValidationTestMappedSub.class)
                .initialize().close());
        Throwable entityFirst = catchThrowable(() -> new Weld().disableDiscovery()
                .addExtension(new EntitySignalsExtension()).addBeanClasses(
                        ReceiverValidationTestMappedSub.class, ReceiverValidationTestPlainBaseReceiver.class)
                .initialize().close());

        // then
        assertThat(receiverFirst).isNull();
        assertThat(entityFirst).isNull();
    }

    static class ReceiverValidationTestConcreteNonEntity {
        void on(@Observes @PostSave(ReceiverValidationTestPlainBase.class) SaveEvent<ReceiverValidationTestPlainBase> e) {
        }
    }

    @Test
    void rejectsAConcreteClassWithNoEntityBelowItOnceDiscoveryIsOver() {
        assertThat(deploymentFailure(ReceiverValidationTestConcreteNonEntity.class))
                .contains("ESIG001", ReceiverValidationTestPlainBase.class.getName(),
                        location(ReceiverValidationTestConcreteNonEntity.class));
    }

    private static String location(Class<?> bean) {
        return bean.getName() + "#";
    }

    private static String deploymentFailure(Class<?> bean) {
        Throwable failure = catchThrowable(() -> {
            try (WeldContainer container = new Weld().disableDiscovery().addExtension(new EntitySignalsExtension())
                    .addBeanClasses(bean).initialize()) {
                container.isRunning();
            }
        });
        assertThat(failure).isInstanceOfAny(DefinitionException.class, DeploymentException.class);
        return failure.getMessage();
    }
}
