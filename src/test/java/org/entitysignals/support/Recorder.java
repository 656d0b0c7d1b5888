package org.entitysignals.support;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Collects what receivers saw, in delivery order. */
@ApplicationScoped
public class Recorder {

    private final List<String> seen = new ArrayList<>();

    public synchronized void record(String what) {
        seen.add(what);
    }

    public synchronized void clear() {
        seen.clear();
    }

    public synchronized List<String> seen() {
        return List.copyOf(seen);
    }
}
