package org.entitysignals.bench;

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
 * Scale: 1,000 receivers over 10, 100 or 1,000 entity classes, one of them listening to the entity signalled. The
 * cost of that signal must not depend on how many classes and receivers the application has.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ScaleBench {

    @Param({"10", "100", "1000"})
    public int classes;

    private WeldContainer weld;
    private EntitySignalsListener listener;
    private Object entity;
    private ClassLoader previous;

    @Setup(Level.Trial)
    public void start() {
        ScaleApp app = ScaleApp.of(classes);
        previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(app.loader);
        weld = new Weld().disableDiscovery().addExtension(new EntitySignalsExtension()).addBeanClasses(app.beans)
                .initialize();
        listener = new EntitySignalsListener();
        entity = app.newTarget();
    }

    @TearDown(Level.Trial)
    public void stop() {
        weld.close();
        Thread.currentThread().setContextClassLoader(previous);
    }

    @Benchmark
    public void oneMatchingReceiver() {
        listener.prePersist(entity);
    }
}
