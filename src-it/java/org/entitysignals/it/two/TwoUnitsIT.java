package org.entitysignals.it.two;

import static org.junit.jupiter.api.Assertions.*;

import org.entitysignals.it.Deployments;
import org.entitysignals.it.model.Author;
import org.entitysignals.it.model.Book;
import org.entitysignals.it.support.Recorder;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** f: two persistence units in one WAR (two session factories, two integrator runs): each delivers once. */
@ExtendWith(ArquillianExtension.class)
public class TwoUnitsIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.war("two")
                .addClasses(TwoReceivers.class, TwoUnitsService.class, TwoUnitsIT.class)
                .addAsResource(Deployments.persistenceXml(
                        Deployments.unit("first", Author.class.getName()),
                        Deployments.unit("second", Book.class.getName())), "META-INF/persistence.xml");
    }

    @Inject Recorder recorder;
    @Inject TwoUnitsService service;

    @BeforeEach void clear() { recorder.clear(); }

    private long count(String kind, String entity) {
        return recorder.all().stream().filter(e -> e.startsWith(kind + " " + entity + " ")).count();
    }

    @Test void deliversOncePerUnitInSeparateTransactions() {
        service.saveFirst();
        service.saveSecond();
        for (String kind : new String[] {"PreSave", "PostSave"}) {
            assertEquals(1, count(kind, "Author"), kind + " Author: " + recorder.all());
            assertEquals(1, count(kind, "Book"), kind + " Book: " + recorder.all());
        }
    }

    @Test void deliversOncePerUnitInOneTransaction() {
        service.saveBoth();
        for (String kind : new String[] {"PreSave", "PostSave"}) {
            assertEquals(1, count(kind, "Author"), kind + " Author: " + recorder.all());
            assertEquals(1, count(kind, "Book"), kind + " Book: " + recorder.all());
        }
    }

    /** Fails with entity-signals 0.1.0-SNAPSHOT: post phase delivered in the commit's flush, see SignalsIT b_commit_*. */
    @Test void runsAfterSuccessOncePerUnitInOneTransaction() {
        service.saveBoth();
        assertEquals(1, count("AfterSuccess", "Author"), recorder.all().toString());
        assertEquals(1, count("AfterSuccess", "Book"), recorder.all().toString());
        assertEquals(6, recorder.all().size(), recorder.all().toString());
    }
}
