package org.entitysignals.support;

import java.util.function.IntSupplier;

/** Waits for the garbage collector to take what is only weakly held. */
public final class GarbageCollection {

    private GarbageCollection() {
    }

    /**
     * Collects, for up to five seconds, until the count falls to zero.
     *
     * @param count what is left, weakly held
     * @return what is left once collected: zero, unless something holds it strongly
     */
    public static int leftAfterCollecting(IntSupplier count) {
        for (int attempt = 0; attempt < 50 && count.getAsInt() > 0; attempt++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return count.getAsInt();
    }
}
