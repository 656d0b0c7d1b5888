package org.entitysignals.docs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.entitysignals.web.RequestFailed;
import org.entitysignals.web.RequestFinished;

/** The request-signal receivers of docs/request-signals.md. */
@ApplicationScoped
class RequestReceivers {

    private final System.Logger log = System.getLogger("com.example.requests");

    // tag::requests[]
    void slow(@Observes RequestFinished request) {          // every request: method, path, status, duration
        if (request.duration().toMillis() > 500) {
            log.log(System.Logger.Level.WARNING, request.method() + " " + request.path() + " took "
                    + request.duration().toMillis() + " ms, status " + request.status());
        }
    }

    void alert(@Observes RequestFailed failure) {           // an exception escaped a servlet
        log.log(System.Logger.Level.ERROR, failure.method() + " " + failure.path() + " failed", failure.exception());
    }
    // end::requests[]
}
