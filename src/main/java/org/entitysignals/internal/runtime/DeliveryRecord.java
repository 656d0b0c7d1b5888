package org.entitysignals.internal.runtime;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Enabled;
import jdk.jfr.Event;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * A JDK Flight Recorder event per signal delivered: which entity, which phase, how many receivers, how long it took.
 * Disabled by default; enable it in a recording with {@code -XX:StartFlightRecording:settings=...} or
 * {@code jcmd <pid> JFR.start}, by its name {@value #NAME}. While it is not recorded, delivery costs a check of a
 * flag. Referenced only where the runtime has the {@code jdk.jfr} module.
 */
@Name(DeliveryRecord.NAME)
@Label("Signal Delivery")
@Category("Entity Signals")
@Description("A signal delivered to its receivers: the inline ones run within it; transactional and asynchronous "
        + "ones are handed over")
@Enabled(false)
@StackTrace(false)
final class DeliveryRecord extends Event {

    static final String NAME = "org.entitysignals.Delivery";

    /** Only asked whether the event is being recorded. */
    private static final DeliveryRecord PROBE = new DeliveryRecord();

    @Label("Entity Class")
    Class<?> entityClass;

    @Label("Phase")
    @Description("The phase qualifier, with the action for a relation change")
    String phase;

    @Label("Receivers")
    @Description("The receivers the signal is delivered to, inline, transactional and asynchronous")
    int receivers;

    /** Whether a recording takes the event: only then is one created. */
    static boolean recording() {
        return FlightRecorder.isInitialized() && PROBE.isEnabled();
    }

    /** Delivers, recorded. */
    static void record(Delivery delivery, Object owner) {
        DeliveryRecord recorded = new DeliveryRecord();
        recorded.begin();
        try {
            delivery.deliver(owner);
        } finally {
            recorded.entityClass = delivery.entity().getClass();
            recorded.phase = delivery.phase();
            recorded.receivers = delivery.receivers();
            recorded.commit();
        }
    }
}
