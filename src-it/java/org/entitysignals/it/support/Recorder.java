package org.entitysignals.it.support;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** What receivers saw, in order: "kind name [created] status=<jta status> thread=<name>". Read back by the tests. */
@ApplicationScoped
public class Recorder {

    private final List<String> log = new CopyOnWriteArrayList<>();
    @Resource TransactionSynchronizationRegistry tsr;

    public void add(String kind, String name, Boolean created) {
        log.add(kind + " " + name + (created == null ? "" : " created=" + created)
                + " status=" + status() + " thread=" + Thread.currentThread().getName());
    }

    public void mark(String text) { log.add(text); }

    public String status() {
        int s;
        try { s = tsr.getTransactionStatus(); } catch (RuntimeException e) { return "?" + e; }
        return switch (s) {
            case 0 -> "ACTIVE"; case 1 -> "MARKED_ROLLBACK"; case 2 -> "PREPARED"; case 3 -> "COMMITTED";
            case 4 -> "ROLLEDBACK"; case 5 -> "UNKNOWN"; case 6 -> "NO_TRANSACTION"; case 7 -> "PREPARING";
            case 8 -> "COMMITTING"; case 9 -> "ROLLING_BACK"; default -> String.valueOf(s);
        };
    }

    public List<String> all() { return new ArrayList<>(log); }

    /** Entries starting with prefix that mention name, in order. */
    public List<String> of(String prefix, String name) {
        return log.stream().filter(e -> e.startsWith(prefix + " " + name + " ") || e.equals(prefix + " " + name)).toList();
    }

    public List<String> kinds(String name) {
        return log.stream().filter(e -> e.contains(" " + name + " ") || e.endsWith(" " + name))
                .map(e -> e.substring(0, e.indexOf(' '))).toList();
    }

    public boolean await(Predicate<List<String>> condition, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (condition.test(all())) return true;
            Thread.sleep(20);
        }
        return condition.test(all());
    }

    public void clear() { log.clear(); }
}
