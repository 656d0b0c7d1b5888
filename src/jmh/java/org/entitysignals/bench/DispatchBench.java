package org.entitysignals.bench;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.TimeUnit;
import org.entitysignals.EntitySignalsExtension;
import org.entitysignals.EntitySignalsListener;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Dispatch alone, without a database: a JPA callback on the library's entity listener becoming a signal and
 * reaching its receivers, against the same work called directly and through a cached CDI {@code Event}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DispatchBench {

    /** Receivers of the signal: 0, 1 or 10. The baselines use one. */
    @Param({"0", "1", "10"})
    public int receivers;

    private WeldContainer weld;
    private EntitySignalsListener listener;
    private Event<BenchEvent> cdiEvent;
    private final Direct direct = new Direct();
    private final BenchItem item = new BenchItem("item", 1);

    /** The payload of the CDI baseline: a plain event object carrying the entity. */
    public record BenchEvent(Object entity) {
    }

    /** The CDI baseline's receiver: the same work. */
    @ApplicationScoped
    public static class BenchEventObserver {
        void on(@Observes BenchEvent event) {
            Work.done(event.entity());
        }
    }

    /** The direct call baseline. */
    static final class Direct {
        void on(Object entity) {
            Work.done(entity);
        }
    }

    @Setup(Level.Trial)
    public void start() {
        Class<?> signalReceivers = switch (receivers) {
            case 0 -> null;
            case 1 -> Receivers.PreOne.class;
            case 10 -> TenReceivers.Pre.class;
            default -> throw new IllegalArgumentException("receivers: " + receivers);
        };
        Weld builder = new Weld().disableDiscovery().addExtension(new EntitySignalsExtension())
                .addBeanClass(BenchEventObserver.class);
        if (signalReceivers != null) {
            builder.addBeanClass(signalReceivers);
        }
        weld = builder.initialize();
        listener = new EntitySignalsListener();
        cdiEvent = weld.event().select(BenchEvent.class);
    }

    @TearDown(Level.Trial)
    public void stop() {
        weld.close();
    }

    /** {@code @PrePersist} on the library's listener: the signal, delivered inline to the receivers. */
    @Benchmark
    public void signal() {
        listener.prePersist(item);
    }

    @Benchmark
    public void cdiFire() {
        cdiEvent.fire(new BenchEvent(item));
    }

    @Benchmark
    public void directCall() {
        direct.on(item);
    }
}
