package org.entitysignals.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks and writes {@code target/bench/summary.properties}: every figure as a ratio to a baseline
 * measured in the same run, plus the absolute times (machine-specific).
 *
 * <p>{@code -Dbench.mode=quick} (the default, a few minutes): the persist path and dispatch. {@code full}: also
 * update and remove, scale, boot time, two threads and the cost of reading changes, with longer measurements.
 */
public final class BenchRunner {

    private static final String[] PROVIDERS = {"eclipselink", "hibernate"};
    private static final String[] VARIANTS = {"plain", "handwritten", "zero", "one", "ten", "transactional"};

    private final boolean full;
    private final Map<String, String> summary = new TreeMap<>();

    private BenchRunner(boolean full) {
        this.full = full;
    }

    public static void main(String[] args) throws RunnerException, IOException {
        String mode = System.getProperty("bench.mode", "quick");
        if (!mode.equals("quick") && !mode.equals("full")) {
            throw new IllegalArgumentException("bench.mode is quick or full, not " + mode);
        }
        new BenchRunner(mode.equals("full")).run(Path.of(System.getProperty("bench.output", "target/bench")));
    }

    private void run(Path output) throws RunnerException, IOException {
        long started = System.nanoTime();
        summary.put("mode", full ? "full" : "quick");
        summary.put("date", LocalDate.now().toString());
        summary.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        summary.put("cpus", String.valueOf(Runtime.getRuntime().availableProcessors()));
        summary.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));

        persistPath(full ? new String[] {"persist", "update", "remove"} : new String[] {"persist"});
        dispatch();
        if (full) {
            changes();
            threads();
            scale();
            boot();
        }
        summary.put("seconds", String.valueOf((System.nanoTime() - started) / 1_000_000_000L));
        write(output);
    }

    private ChainedOptionsBuilder options(String benchmark) {
        // the persistence providers' code is large: on two cores the JIT is still compiling it ten seconds in
        return new OptionsBuilder().include(benchmark).forks(1)
                .warmupIterations(full ? 15 : 2).warmupTime(TimeValue.seconds(1))
                .measurementIterations(full ? 5 : 3).measurementTime(TimeValue.seconds(1))
                .jvmArgs("-Xms2g", "-Xmx2g").shouldFailOnError(true);
    }

    /**
     * How often each set of variants is measured, one fork per variant per round. On a shared machine the speed
     * drifts over minutes, so a ratio is taken between runs of the same round (minutes apart at most) and the
     * median over rounds is reported, with the spread.
     */
    private int rounds(String group) {
        if (!full) {
            return 1;
        }
        return group.equals("persist") || group.equals("dispatch") ? 2 : 1;
    }

    /** Per entity: the transaction's time over its entities; ratios to plain JPA of the same provider. */
    private void persistPath(String[] operations) throws RunnerException {
        for (String operation : operations) {
            Map<String, List<Double>> figures = new TreeMap<>();
            for (int round = 0; round < rounds(operation); round++) {
                Collection<RunResult> results = new Runner(options(PersistBench.class.getName() + "." + operation
                        + "$").param("provider", PROVIDERS).param("variant", VARIANTS).build()).run();
                for (String provider : PROVIDERS) {
                    double plain = score(results, provider, "plain");
                    double handwritten = score(results, provider, "handwritten");
                    for (String variant : VARIANTS) {
                        double time = score(results, provider, variant);
                        add(figures, "us." + operation + "." + provider + "." + variant, time / PersistBench.BATCH);
                        if (!variant.equals("plain")) {
                            add(figures, "ratio." + operation + "." + provider + "." + key(variant), time / plain);
                        }
                    }
                    add(figures, "ratio." + operation + "." + provider + ".one-receiver.vs-handwritten",
                            score(results, provider, "one") / handwritten);
                }
            }
            report(figures);
        }
    }

    /** Nanoseconds and bytes allocated per event; the signal against a cached CDI Event.fire and a direct call. */
    private void dispatch() throws RunnerException {
        Map<String, List<Double>> figures = new TreeMap<>();
        for (int round = 0; round < rounds("dispatch"); round++) {
            Collection<RunResult> signals = new Runner(options(DispatchBench.class.getName() + ".signal$")
                    .param("receivers", "0", "1", "10").addProfiler(GCProfiler.class).build()).run();
            Collection<RunResult> baselines = new Runner(options(DispatchBench.class.getName()
                    + ".(cdiFire|directCall)$").param("receivers", "1").addProfiler(GCProfiler.class).build()).run();
            double cdiFire = 0;
            for (RunResult result : baselines) {
                String name = method(result);
                add(figures, "ns.dispatch." + name, result.getPrimaryResult().getScore());
                add(figures, "bytes.dispatch." + name, allocated(result));
                if (name.equals("cdiFire")) {
                    cdiFire = result.getPrimaryResult().getScore();
                }
            }
            for (RunResult result : signals) {
                String receivers = result.getParams().getParam("receivers");
                String name = receivers.equals("0") ? "zero-receivers" : receivers.equals("1") ? "one-receiver"
                        : "ten-receivers";
                add(figures, "ns.dispatch." + name, result.getPrimaryResult().getScore());
                add(figures, "bytes.dispatch." + name, allocated(result));
                add(figures, "ratio.dispatch." + name + ".vs-cdi-fire", result.getPrimaryResult().getScore() / cdiFire);
            }
        }
        report(figures);
    }

    private static void add(Map<String, List<Double>> figures, String key, double value) {
        figures.computeIfAbsent(key, any -> new ArrayList<>()).add(value);
    }

    /** The median of each figure's rounds; with several rounds, their range as {@code <key>.range}. */
    private void report(Map<String, List<Double>> figures) {
        figures.forEach((key, values) -> {
            List<Double> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            summary.put(key, format(median));
            if (n > 1) {
                summary.put(key + ".range", format(sorted.get(0)) + ".." + format(sorted.get(n - 1)));
            }
        });
    }

    /** An update with a receiver that reads what changed, against one that does not. */
    private void changes() throws RunnerException {
        Collection<RunResult> results = new Runner(options(PersistBench.class.getName() + ".update$")
                .param("provider", PROVIDERS).param("variant", "one", "changes").build()).run();
        for (String provider : PROVIDERS) {
            summary.put("ratio.update." + provider + ".reading-changes.vs-one-receiver",
                    format(score(results, provider, "changes") / score(results, provider, "one")));
        }
    }

    /** Throughput of two threads persisting at once, over one thread's, without and with a receiver. */
    private void threads() throws RunnerException {
        for (int threads : new int[] {1, 2}) {
            Collection<RunResult> results = new Runner(options(PersistBench.class.getName() + ".persist$")
                    .param("provider", PROVIDERS).param("variant", "plain", "one").threads(threads).build()).run();
            for (String provider : PROVIDERS) {
                for (String variant : new String[] {"plain", "one"}) {
                    // average time per transaction per thread: throughput is threads / time
                    summary.put("tps." + threads + "-threads." + provider + "." + variant,
                            format(threads * 1_000_000 / score(results, provider, variant)));
                }
            }
        }
        for (String provider : PROVIDERS) {
            for (String variant : new String[] {"plain", "one"}) {
                double one = Double.parseDouble(summary.get("tps.1-threads." + provider + "." + variant));
                double two = Double.parseDouble(summary.get("tps.2-threads." + provider + "." + variant));
                summary.put("ratio.threads." + provider + "." + key(variant) + ".two-vs-one", format(two / one));
            }
        }
    }

    /** The cost of one matching receiver's signal with 10, 100 and 1,000 entity classes: flat means O(matching). */
    private void scale() throws RunnerException {
        Collection<RunResult> results = new Runner(options(ScaleBench.class.getName() + ".oneMatchingReceiver$")
                .param("classes", "10", "100", "1000").build()).run();
        double ten = 0;
        for (RunResult result : results) {
            if (result.getParams().getParam("classes").equals("10")) {
                ten = result.getPrimaryResult().getScore();
            }
        }
        for (RunResult result : results) {
            String classes = result.getParams().getParam("classes");
            summary.put("ns.scale." + classes + "-classes", format(result.getPrimaryResult().getScore()));
            summary.put("ratio.scale." + classes + "-classes.vs-10", format(result.getPrimaryResult().getScore() / ten));
        }
    }

    /** Weld's boot of the 1,000-receiver application, with and without the extension. */
    private void boot() throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(BootBench.class.getName() + ".boot$").param("extension", "with", "without").forks(2)
                .warmupIterations(5).measurementIterations(10).jvmArgs("-Xms1g", "-Xmx1g")
                .shouldFailOnError(true).build()).run();
        Map<String, Double> boot = new TreeMap<>();
        for (RunResult result : results) {
            boot.put(result.getParams().getParam("extension"), result.getPrimaryResult().getScore());
        }
        summary.put("ms.boot.with-extension", format(boot.get("with")));
        summary.put("ms.boot.without-extension", format(boot.get("without")));
        summary.put("ratio.boot.with-vs-without-extension", format(boot.get("with") / boot.get("without")));
    }

    private static double score(Collection<RunResult> results, String provider, String variant) {
        for (RunResult result : results) {
            if (provider.equals(result.getParams().getParam("provider"))
                    && variant.equals(result.getParams().getParam("variant"))) {
                return result.getPrimaryResult().getScore();
            }
        }
        throw new IllegalStateException("no result for " + provider + " " + variant);
    }

    private static double allocated(RunResult result) {
        Result<?> norm = result.getSecondaryResults().get("gc.alloc.rate.norm");
        if (norm == null) {
            norm = result.getSecondaryResults().get("·gc.alloc.rate.norm");
        }
        return norm == null ? Double.NaN : norm.getScore();
    }

    private static String method(RunResult result) {
        String benchmark = result.getParams().getBenchmark();
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    private static String key(String variant) {
        return switch (variant) {
            case "zero" -> "zero-receivers";
            case "one" -> "one-receiver";
            case "ten" -> "ten-receivers";
            case "transactional" -> "sync-and-after-success";
            default -> variant;
        };
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private void write(Path output) throws IOException {
        Files.createDirectories(output);
        try (Writer out = Files.newBufferedWriter(output.resolve("summary.properties"))) {
            out.write("# Entity Signals benchmarks: ratios are to a baseline of the same run; us/ns/ms/bytes and tps are"
                    + " absolute and machine-specific\n");
            for (Map.Entry<String, String> entry : summary.entrySet()) {
                out.write(entry.getKey() + "=" + entry.getValue() + "\n");
            }
        }
        System.out.println("\n== Entity Signals benchmarks (" + summary.get("mode") + ") -> "
                + output.resolve("summary.properties"));
        summary.forEach((key, value) -> System.out.println(key + " = " + value));
    }
}
