package org.entitysignals.it.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.entitysignals.it.support.Recorder;
import org.entitysignals.web.RequestFailed;
import org.entitysignals.web.RequestFinished;
import org.entitysignals.web.RequestStarted;

@ApplicationScoped
public class RequestSignalsITReceivers {

    @Inject
    Recorder recorder;

    void started(@Observes RequestStarted request) {
        recorder.mark("started " + request.method() + " " + request.path());
    }

    void finished(@Observes RequestFinished request) {
        recorder.mark("finished " + request.method() + " " + request.path() + " " + request.status()
                + (request.duration().isNegative() ? " negative" : ""));
    }

    void failed(@Observes RequestFailed failure) {
        StringBuilder causes = new StringBuilder();
        for (Throwable cause = failure.exception(); cause != null; cause = cause.getCause()) {
            causes.append(" | ").append(cause.getMessage());
        }
        recorder.mark("failed " + failure.method() + " " + failure.path() + causes);
    }
}
