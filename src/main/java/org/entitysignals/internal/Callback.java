package org.entitysignals.internal;

/** A JPA lifecycle callback and the signal it becomes. */
public enum Callback {
    PRE_PERSIST(Phase.PRE_SAVE, true),
    PRE_UPDATE(Phase.PRE_SAVE, false),
    POST_PERSIST(Phase.POST_SAVE, true),
    POST_UPDATE(Phase.POST_SAVE, false),
    PRE_REMOVE(Phase.PRE_DELETE, false),
    POST_REMOVE(Phase.POST_DELETE, false),
    POST_LOAD(Phase.LOADED, false);

    private final Phase phase;
    private final boolean created;

    Callback(Phase phase, boolean created) {
        this.phase = phase;
        this.created = created;
    }

    public Phase phase() {
        return phase;
    }

    /** Whether this is an INSERT's callback. */
    public boolean created() {
        return created;
    }

}
