package org.entitysignals.docs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.entitysignals.ReceiverFailed;

// tag::receiver-failed[]
@ApplicationScoped
class ReceiverAlerts {

    final Map<String, LongAdder> failures = new ConcurrentHashMap<>();

    void count(@Observes ReceiverFailed failure) {     // failure.receiver(), failure.event(), failure.exception()
        failures.computeIfAbsent(failure.receiver(), receiver -> new LongAdder()).increment();
    }
}
// end::receiver-failed[]
