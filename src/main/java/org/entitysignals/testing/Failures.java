package org.entitysignals.testing;

import java.util.List;

/** Every assertion message of the test kit, as {@link AssertionError}s to throw. */
final class Failures {

    /** Signals listed in one message at most: the rest are counted. */
    private static final int LISTED = 25;

    private Failures() {
    }

    static AssertionError count(Subject subject, int expected, List<RecordedSignal> selected,
            List<RecordedSignal> all) {
        return new AssertionError("expected " + subject.count(expected) + " but recorded "
                + recorded(selected, all));
    }

    static AssertionError noneExpected(Subject subject, List<RecordedSignal> selected) {
        return new AssertionError("expected no " + subject.singular() + " but recorded " + selected.size() + ": "
                + list(selected));
    }

    static AssertionError someExpected(Subject subject, List<RecordedSignal> all) {
        return new AssertionError("expected " + subject.some() + " but recorded none; "
                + (all.isEmpty() ? "no signal was recorded at all" : "all signals recorded: " + list(all)));
    }

    static AssertionError entities(Subject subject, List<?> expected, List<?> actual,
            List<RecordedSignal> selected) {
        return new AssertionError("expected the entities " + describeAll(expected) + " in " + subject.plural()
                + ", in this order, but they were " + describeAll(actual) + ": " + list(selected));
    }

    static AssertionError notInOrder(List<ExpectedSignal> expected, int missing, List<RecordedSignal> selected) {
        String where = missing == 0 ? "" : " after " + expected.get(missing - 1);
        return new AssertionError("expected signals in the order " + expected + " but found no "
                + expected.get(missing) + where + "; signals recorded: " + list(selected));
    }

    static AssertionError notExactly(List<ExpectedSignal> expected, int index, List<RecordedSignal> selected) {
        String found = index < selected.size() ? "signal " + (index + 1) + " was " + selected.get(index)
                : "there were only " + selected.size();
        return new AssertionError("expected exactly the signals " + expected + " but " + found
                + "; signals recorded: " + list(selected));
    }

    /** What the selection held: a count and the list, or, when it was empty, every signal recorded. */
    private static String recorded(List<RecordedSignal> selected, List<RecordedSignal> all) {
        if (!selected.isEmpty()) {
            return selected.size() + ": " + list(selected);
        }
        return "none; " + (all.isEmpty() ? "no signal was recorded at all" : "all signals recorded: " + list(all));
    }

    static String list(List<RecordedSignal> signals) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < signals.size() && i < LISTED; i++) {
            text.append(i == 0 ? "" : ", ").append(signals.get(i));
        }
        if (signals.size() > LISTED) {
            text.append(", ... ").append(signals.size() - LISTED).append(" more");
        }
        return text.append(']').toString();
    }

    private static String describeAll(List<?> entities) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < entities.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(describe(entities.get(i)));
        }
        return text.append(']').toString();
    }

    /**
     * The entity's {@code toString()}, or its class and identity when that fails: a detached entity's
     * {@code toString()} may touch a lazy association, and a failure message must not fail itself.
     */
    static String describe(Object entity) {
        try {
            return String.valueOf(entity);
        } catch (RuntimeException unprintable) {
            return entity.getClass().getName() + "@" + Integer.toHexString(System.identityHashCode(entity));
        }
    }

    /**
     * What a selection of signals is, in words: {@code @PostSave signals of org.acme.User (created)}. Built from
     * the phase (or none), the entity class (or none) and the filters applied.
     */
    record Subject(SignalPhase phase, Class<?> entityClass, String filters) {

        static final Subject ALL = new Subject(null, null, "");

        Subject narrowed(SignalPhase phase, Class<?> entityClass) {
            return new Subject(phase, entityClass == Object.class ? this.entityClass : entityClass, filters);
        }

        Subject filtered(String filter) {
            return new Subject(phase, entityClass, filters + " (" + filter + ")");
        }

        String singular() {
            return words("signal");
        }

        String plural() {
            return words("signals");
        }

        String some() {
            return "at least one " + singular();
        }

        String count(int expected) {
            return expected + " " + (expected == 1 ? singular() : plural());
        }

        private String words(String noun) {
            return (phase == null ? "" : phase.label() + " ") + noun
                    + (entityClass == null ? "" : " of " + entityClass.getName()) + filters;
        }
    }
}
