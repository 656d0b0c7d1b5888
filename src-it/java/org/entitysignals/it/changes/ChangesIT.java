package org.entitysignals.it.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.util.List;
import org.entitysignals.it.Deployments;
import org.entitysignals.it.support.Recorder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What changed and relation signals in the container, under JTA: Hibernate on WildFly, EclipseLink with weaving
 * (attribute change tracking) on Payara. The expected lines are the same on both servers.
 */
@ExtendWith(ArquillianExtension.class)
public class ChangesIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.war("changes")
                .addClasses(Customer.class, Pupil.class, Lesson.class, ChangesService.class, ChangesReceivers.class,
                        ChangesIT.class)
                .addAsResource(Deployments.persistenceXml(Deployments.unit("main", Customer.class.getName(),
                        Pupil.class.getName(), Lesson.class.getName())), "META-INF/persistence.xml");
    }

    @Inject Recorder recorder;
    @Inject ChangesService service;

    @BeforeEach void clear() { recorder.clear(); }

    @Test void reportsOldAndNewValuesInEveryPhaseIncludingAfterCommit() {
        Long id = service.call(em -> {
            Customer ann = new Customer("ann", "ann@old.org");
            em.persist(ann);
            return ann.getId();
        });
        recorder.clear();

        service.run(em -> {
            Customer ann = em.find(Customer.class, id);
            ann.setEmail("ann@new.org");
            ann.setCredits(5);
            ann.setName("x");
            ann.setName("ann");
        });

        assertEquals(List.of(
                "pre [credits, email] credits: 0 -> 5 email: ann@old.org -> ann@new.org",
                "post [credits, email, name] credits: 0 -> 5 email: ann@old.org -> ann@new.org name: ann -> ANN",
                "committed [credits, email, name] credits: 0 -> 5 email: ann@old.org -> ann@new.org name: ann -> ANN"
                        + " COMMITTED_OR_NONE"),
                recorder.all().stream().map(line -> line.replace(" COMMITTED", " COMMITTED_OR_NONE")
                        .replace(" NO_TRANSACTION", " COMMITTED_OR_NONE")).toList());
    }

    @Test void reportsTheNetRelationChangeAndNoSaveForIt() {
        Long[] ids = service.call(em -> {
            Lesson math = new Lesson("math");
            Lesson art = new Lesson("art");
            Lesson music = new Lesson("music");
            em.persist(math);
            em.persist(art);
            em.persist(music);
            Pupil lea = new Pupil("lea");
            lea.getLessons().add(math);
            em.persist(lea);
            return new Long[] {lea.getId(), math.getId(), art.getId(), music.getId()};
        });
        recorder.clear();

        service.run(em -> {
            Pupil lea = em.find(Pupil.class, ids[0]);
            lea.getLessons().remove(em.find(Lesson.class, ids[1]));
            lea.getLessons().add(em.find(Lesson.class, ids[2]));
            lea.getLessons().add(em.find(Lesson.class, ids[3]));
            lea.getLessons().remove(em.find(Lesson.class, ids[3]));
            em.find(Lesson.class, ids[3]).getPupils().add(lea);
        });

        List<String> seen = recorder.all().stream().map(line -> line.replace(" COMMITTED", " COMMITTED_OR_NONE")
                .replace(" NO_TRANSACTION", " COMMITTED_OR_NONE")).toList();
        assertEquals(List.of(
                "relation lea PRE_REMOVE +[] -[math]",
                "relation lea PRE_ADD +[art] -[]",
                "relation lea POST_REMOVE +[] -[math]",
                "relation lea POST_ADD +[art] -[]"), seen.subList(0, Math.min(4, seen.size())), seen.toString());
        // after the commit, in the order the transaction manager calls its synchronizations
        assertEquals(List.of(
                "reverse art.pupils POST_ADD +[lea] -[] COMMITTED_OR_NONE",
                "reverse math.pupils POST_REMOVE +[] -[lea] COMMITTED_OR_NONE"),
                seen.subList(Math.min(4, seen.size()), seen.size()).stream().sorted().toList(), seen.toString());
    }
}
