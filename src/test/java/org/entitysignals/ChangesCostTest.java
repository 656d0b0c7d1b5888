package org.entitysignals;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.entitysignals.model.Gauge;
import org.entitysignals.support.Provider;
import org.entitysignals.support.TestApp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * "What changed" costs nothing until a receiver asks: a save signalled to a receiver that does not ask reads the
 * entity's state exactly as often as the same save without signals (counted by the entity's getters).
 */
class ChangesCostTest {

    @ApplicationScoped
    static class ChangesCostTestIgnoring {
        void ignore(@Observes @PreSave(Gauge.class) SaveEvent<Gauge> event) {
            event.entity();
        }
    }

    @ApplicationScoped
    static class ChangesCostTestAsking {
        void ask(@Observes @PreSave(Gauge.class) SaveEvent<Gauge> event) {
            event.newValue("reading");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void readsNoStateUnlessAReceiverAsks(Provider provider) {
        String unhooked = provider == Provider.HIBERNATE ? "hibernate-unhooked" : "eclipselink-unhooked";

        long withoutSignals = readsOfInsertAndUpdate(unhooked);
        long ignored = readsOfInsertAndUpdate(provider.unit(), ChangesCostTestIgnoring.class);
        long asked = readsOfInsertAndUpdate(provider.unit(), ChangesCostTestAsking.class);

        assertThat(ignored).isEqualTo(withoutSignals);
        // the counter does see the library's reads: one per signal asked (insert and update)
        assertThat(asked).isEqualTo(withoutSignals + 2);
    }

    private static long readsOfInsertAndUpdate(String unit, Class<?>... receivers) {
        try (TestApp app = TestApp.start(unit, Map.of(), receivers)) {
            long before = Gauge.READS.get();
            Long id = app.persist(new Gauge("boiler")).getId();
            app.run(em -> em.find(Gauge.class, id).setReading(7));
            return Gauge.READS.get() - before;
        }
    }
}
