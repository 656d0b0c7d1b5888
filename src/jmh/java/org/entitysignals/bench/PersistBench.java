package org.entitysignals.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * The persist path: one transaction writing {@value #BATCH} entities, from {@code begin()} to {@code commit()}, for
 * each way of reacting to the writes. The score is per transaction; per entity is score / {@value #BATCH}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PersistBench {

    public static final int BATCH = 100;

    /** JPA provider: eclipselink or hibernate. */
    @Param({"eclipselink", "hibernate"})
    public String provider;

    /**
     * plain: no listener (the baseline); handwritten: an entity listener class doing the work; zero: Entity Signals
     * with no receiver; one, ten: receivers doing the work; transactional: one receiver plus one AFTER_SUCCESS;
     * changes: one receiver reading what changed (update only).
     */
    @Param({"plain", "handwritten", "zero", "one", "ten", "transactional"})
    public String variant;

    private BenchApp app;
    private final AtomicLong nextRow = new AtomicLong(1_000_000_000L);

    @Setup(Level.Trial)
    public void start() {
        String unit = switch (variant) {
            case "plain" -> "plain";
            case "handwritten" -> "handwritten";
            default -> "signals";
        };
        Class<?>[] receivers = switch (variant) {
            case "one" -> new Class<?>[] {Receivers.One.class};
            case "ten" -> new Class<?>[] {TenReceivers.Post.class};
            case "transactional" -> new Class<?>[] {Receivers.Transactional.class};
            case "changes" -> new Class<?>[] {Receivers.OneAskingChanges.class};
            default -> new Class<?>[0];
        };
        app = new BenchApp("bench-" + provider + "-" + unit, receivers);
        app.inTransaction(em -> {
            for (int i = 0; i < BATCH; i++) {
                em.persist(new BenchItem("kept", i));
            }
        });
    }

    @TearDown(Level.Trial)
    public void stop() {
        app.close();
    }

    @Benchmark
    public void persist(Written rows) {
        app.inTransaction(em -> {
            for (int i = 0; i < BATCH; i++) {
                em.persist(new BenchItem("item", i));
            }
        });
    }

    /**
     * Rows written by persist() are dropped with JDBC after each call (not measured): a table growing through an
     * iteration makes every later insert slower, and the garbage it leaves makes forks disagree.
     */
    @State(Scope.Thread)
    public static class Written {
        @TearDown(Level.Invocation)
        public void drop(PersistBench bench) {
            bench.app.deleteRows("item");
        }
    }

    /** Loads the {@value #BATCH} kept entities and changes each. */
    @Benchmark
    public void update() {
        app.inTransaction(em -> {
            List<BenchItem> items = em.createQuery("select b from BenchItem b where b.name = 'kept'",
                    BenchItem.class).getResultList();
            for (BenchItem item : items) {
                item.setAmount(item.getAmount() + 1);
            }
        });
    }

    /** Rows for remove(), written with JDBC before each call. */
    @State(Scope.Thread)
    public static class Doomed {
        @Setup(Level.Invocation)
        public void insert(PersistBench bench) {
            bench.app.insertRows(bench.nextRow.getAndAdd(BATCH), BATCH);
        }
    }

    /** Loads {@value #BATCH} entities and removes each. */
    @Benchmark
    public void remove(Doomed rows) {
        app.inTransaction(em -> {
            for (BenchItem item : em.createQuery("select b from BenchItem b where b.name = 'row'", BenchItem.class)
                    .getResultList()) {
                em.remove(item);
            }
        });
    }
}
