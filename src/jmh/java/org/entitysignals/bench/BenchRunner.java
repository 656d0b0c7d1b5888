package org.entitysignals.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
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
        return new OptionsBuilder().include(benchmark).forks(full ? 2 : 1)
                .warmupIterations(full ? 5 : 2).warmupTime(TimeValue.seconds(1))
                .measurementIterations(full ? 5 : 3).measurementTime(TimeValue.seconds(1))
                .jvmArgs("-Xms1g", "-Xmx1g").shouldFailOnError(true);
    }

    /** Per entity: the transaction's time over its entities; ratios to plain JPA of the same provider. */
    private void persistPath(String[] operations) throws RunnerException {
        for (String operation : operations) {
            Collection<RunResult> results = new Runner(options(PersistBench.class.getName() + "." + operation + "$")
                    .param("provider", PROVIDERS).param("variant", VARIANTS).build()).run();
            for (String provider : PROVIDERS) {
                double plain = score(results, provider, "plain");
                double handwritten = score(results, provider, "handwritten");
                for (String variant : VARIANTS) {
                    double time = score(results, provider, variant);
                    summary.put("us." + operation + "." + provider + "." + variant, format(time / PersistBench.BATCH));
                    if (!variant.equals("plain")) {
                        summary.put("ratio." + operation + "." + provider + "." + key(variant), format(time / plain));
                    }
                }
                summary.put("ratio." + operation + "." + provider + ".one-receiver.vs-handwritten",
                        format(score(results, provider, "one") / handwritten));
            }
        }
    }

    /** Nanoseconds and bytes allocated per event; the signal against a cached CDI Event.fire and a direct call. */
    private void dispatch() throws RunnerException {
        Collection<RunResult> signals = new Runner(options(DispatchBench.class.getName() + ".signal$")
                .param("receivers", "0", "1", "10").addProfiler(GCProfiler.class).build()).run();
        Collection<RunResult> baselines = new Runner(options(DispatchBench.class.getName() + ".(cdiFire|directCall)$")
                .param("receivers", "1").addProfiler(GCProfiler.class).build()).run();
        double cdiFire = 0;
        for (RunResult result : baselines) {
            String name = method(result);
            summary.put("ns.dispatch." + name, format(result.getPrimaryResult().getScore()));
            summary.put("bytes.dispatch." + name, format(allocated(result)));
            if (name.equals("cdiFire")) {
                cdiFire = result.getPrimaryResult().getScore();
            }
        }
        for (RunResult result : signals) {
            String receivers = result.getParams().getParam("receivers");
            String name = receivers.equals("0") ? "zero-receivers" : receivers.equals("1") ? "one-receiver"
                    : "ten-receivers";
            summary.put("ns.dispatch." + name, format(result.getPrimaryResult().getScore()));
            summary.put("bytes.dispatch." + name, format(allocated(result)));
            if (receivers.equals("1")) {
                summary.put("ratio.dispatch.one-receiver.vs-cdi-fire",
                        format(result.getPrimaryResult().getScore() / cdiFire));
            }
        }
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
