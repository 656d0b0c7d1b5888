package org.entitysignals.it.main;

import static org.junit.jupiter.api.Assertions.*;

import org.entitysignals.it.Deployments;
import org.entitysignals.it.model.AuditEntry;
import org.entitysignals.it.model.Author;
import org.entitysignals.it.model.Book;
import org.entitysignals.it.support.Recorder;
import org.entitysignals.it.support.Resources;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signals under JTA with container-managed persistence contexts, in a {@code @Transactional} CDI bean and a
 * {@code @Stateless} EJB: runs inside the server; receivers record into the application-scoped Recorder.
 */
@ExtendWith(ArquillianExtension.class)
public class SignalsIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.war("signals")
                .addClasses(Resources.class, Receivers.class, AuthorOps.class, AuthorService.class, AuthorEjb.class,
                        Queries.class, SignalsIT.class)
                .addAsResource(Deployments.persistenceXml(Deployments.unit("main",
                        Author.class.getName(), Book.class.getName(), AuditEntry.class.getName())),
                        "META-INF/persistence.xml");
    }

    @Inject Recorder recorder;
    @Inject AuthorService cdi;
    @Inject AuthorEjb ejb;
    @Inject Queries queries;

    @BeforeEach
    void clear() { recorder.clear(); }

    private String once(String kind, String name) {
        List<String> found = recorder.of(kind, name);
        assertEquals(1, found.size(), kind + " " + name + " once; log: " + recorder.all());
        return found.get(0);
    }

    private void never(String kind, String name) {
        assertEquals(List.of(), recorder.of(kind, name), kind + " " + name + " never; log: " + recorder.all());
    }

    private int index(String kind, String name) {
        return recorder.all().indexOf(once(kind, name));
    }

    private void index(String kind, String name, int expected) {
        assertEquals(expected, index(kind, name));
    }

    // ---- a: the four signals once each, correct created(), CDI @Transactional and @Stateless EJB ----

    @Test void firesEachSignalOnceInATransactionalCdiBean() throws Exception {
        fourSignals("cdi", cdi::create, cdi::rename, cdi::delete);
    }

    @Test void firesEachSignalOnceInAStatelessEjb() throws Exception {
        fourSignals("ejb", ejb::create, ejb::rename, ejb::delete);
    }

    interface Create { long run(String n); }
    interface Rename { void run(long id, String n); }
    interface Delete { void run(long id); }

    private void fourSignals(String prefix, Create create, Rename rename, Delete delete) throws Exception {
        String name = prefix + "-four";
        long id = create.run(name);
        assertTrue(once("PreSave", name).contains("created=true"));
        assertTrue(once("PostSave", name).contains("created=true"));
        // no flush in the method: the post phase is delivered by the commit's flush, after the method body
        assertTrue(index("MethodEnd", name) < index("PostSave", name), recorder.all().toString());
        assertEquals(1, queries.authors(name));

        String renamed = name + "-renamed";
        rename.run(id, renamed);
        assertTrue(once("PreSave", renamed).contains("created=false"));
        assertTrue(once("PostSave", renamed).contains("created=false"));

        delete.run(id);
        once("PreDelete", renamed);
        once("PostDelete", renamed);
        assertEquals(0, queries.authors(renamed));
        // two saves (insert, update) and one delete: 2 + 2 + 1 + 1 signals, nothing doubled
        assertEquals(6, recorder.all().stream().filter(e -> e.matches("(Pre|Post)(Save|Delete) .*")).count(),
                recorder.all().toString());
    }

    // ---- b: transactional observers ----

    @Test void runsBeforeCompletionThenAfterSuccessForRowsWrittenAtCommitInACdiBean() throws Exception {
        commitPhases("cdi-commit", cdi::create);
    }

    @Test void runsBeforeCompletionThenAfterSuccessForRowsWrittenAtCommitInAnEjb() throws Exception {
        commitPhases("ejb-commit", ejb::create);
    }

    @Test void runsBeforeCompletionThenAfterSuccessAfterAnExplicitFlush() throws Exception {
        commitPhases("cdi-flushed", cdi::createAndFlush);
    }

    private void commitPhases(String name, Create create) throws Exception {
        create.run(name);
        String before = once("BeforeCompletion", name);
        String after = once("AfterSuccess", name);
        never("AfterFailure", name);
        assertTrue(index("PostSave", name) < index("BeforeCompletion", name));
        assertTrue(index("BeforeCompletion", name) < index("AfterSuccess", name));
        assertTrue(index("MethodEnd", name) < index("AfterSuccess", name));
        assertTrue(completed(after, "COMMITTED"), after);
        assertTrue(before.contains("status=ACTIVE"), before);
    }

    @Test void runsOnlyAfterFailureWhenACdiBeanRollsBackAfterAFlush() {
        rollbackAfterFlush("cdi-rollback", cdi::createFlushThenFail);
    }

    @Test void runsOnlyAfterFailureWhenAnEjbRollsBackAfterAFlush() {
        rollbackAfterFlush("ejb-rollback", ejb::createFlushThenFail);
    }

    private void rollbackAfterFlush(String name, java.util.function.Consumer<String> op) {
        assertThrows(Exception.class, () -> op.accept(name));
        once("PostSave", name);
        String failure = once("AfterFailure", name);
        assertTrue(completed(failure, "ROLLEDBACK"), failure);
        never("AfterSuccess", name);
        never("BeforeCompletion", name);
        assertEquals(0, queries.authors(name));
    }

    @Test void rollsBackWhenAPreSaveReceiverThrows() {
        String name = "cdi-veto";
        Exception e = assertThrows(Exception.class, () -> cdi.createFlushThenVetoedBook(name));
        assertTrue(chain(e).contains("vetoed by @PreSave receiver"), chain(e));
        once("Veto", "veto-" + name);
        never("MethodEnd", name);
        once("AfterFailure", name);
        never("AfterSuccess", name);
        assertEquals(0, queries.authors(name));
        assertEquals(0, queries.books("veto-" + name));
    }

    /**
     * The commit's flush fails: the post-save receiver of "commitfail-pair" writes a Book that a @PreSave receiver
     * vetoes. "pair-ok" (written and signalled by an earlier flush) must see AFTER_FAILURE, not AFTER_SUCCESS.
     * (A sync receiver that throws stops CDI before the transactional observers of that same event are registered,
     * as for any CDI event, so "commitfail-pair" itself gets no transactional notification.)
     */
    @Test void runsOnlyAfterFailureWhenTheCommitFails() {
        Exception e = assertThrows(Exception.class, () -> cdi.createFlushThenCreate("pair-ok", "commitfail-pair"));
        assertTrue(chain(e).contains("vetoed by @PreSave receiver"), chain(e));
        once("PostSave", "pair-ok");
        once("Veto", "veto-commitfail-pair");
        String failure = once("AfterFailure", "pair-ok");
        assertTrue(completed(failure, "ROLLEDBACK"), failure + " (ran before the rollback)");
        never("AfterSuccess", "pair-ok");
        assertEquals(0, queries.authors("pair-ok"));
    }

    // ---- c: a post-save receiver writes through the injected EntityManager ----

    @Test void commitsAReceiversWriteWithTheEntity() {
        String name = "audit-commit";
        cdi.create(name);
        assertEquals(1, queries.authors(name));
        assertEquals(1, queries.audits(name));
    }

    @Test void commitsAReceiversWriteWithTheEntityInAnEjb() {
        String name = "audit-ejb";
        ejb.create(name);
        assertEquals(1, queries.authors(name));
        assertEquals(1, queries.audits(name));
    }

    @Test void rollsBackAReceiversWriteWithTheEntity() {
        String name = "audit-rollback";
        assertThrows(Exception.class, () -> cdi.createFlushThenFail(name));
        once("PostSave", name);
        assertEquals(0, queries.authors(name));
        assertEquals(0, queries.audits(name));
    }

    // ---- d: @ObservesAsync ----

    @Test void deliversAsyncOnAnotherThreadAndItsFailureRollsNothingBack() throws Exception {
        String name = "asyncfail-d";
        String caller = Thread.currentThread().getName();
        cdi.create(name);
        assertTrue(recorder.await(log -> !recorder.of("Async", name).isEmpty(), 10_000), recorder.all().toString());
        String async = once("Async", name);
        assertFalse(async.endsWith("thread=" + caller), async + " vs caller " + caller);
        assertEquals(1, queries.authors(name));
    }

    /**
     * Whether a receiver ran after the transaction ended with the outcome: WildFly still reports it inside
     * afterCompletion, Payara reports no transaction any more; a receiver run too early sees ACTIVE.
     */
    private static boolean completed(String entry, String outcome) {
        return entry.contains("status=" + outcome) || entry.contains("status=NO_TRANSACTION");
    }

    static String chain(Throwable t) {
        StringBuilder s = new StringBuilder();
        for (; t != null; t = t.getCause()) s.append(t).append(" <- ");
        return s.toString();
    }
}
