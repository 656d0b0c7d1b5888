package org.entitysignals.bench;

import java.util.concurrent.TimeUnit;
import org.entitysignals.EntitySignalsExtension;
import org.jboss.weld.environment.se.Weld;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Boot time of the 1,000-receiver, 1,000-class application of {@link ScaleBench}: Weld starting and stopping with
 * the extension, against without it (the receivers are then plain CDI observers).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BootBench {

    @Param({"with", "without"})
    public String extension;

    private ScaleApp app;

    @Setup(Level.Trial)
    public void compile() {
        app = ScaleApp.of(1000);
        Thread.currentThread().setContextClassLoader(app.loader);
    }

    @Benchmark
    public void boot() {
        Weld weld = new Weld().disableDiscovery().addBeanClasses(app.beans);
        if ("with".equals(extension)) {
            weld.addExtension(new EntitySignalsExtension());
        }
        weld.initialize().close();
    }
}
