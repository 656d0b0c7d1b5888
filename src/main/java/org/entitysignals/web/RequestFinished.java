package org.entitysignals.web;

import java.time.Duration;
import java.util.Objects;

/**
 * An HTTP request of the application is over: Django's {@code request_finished}. Fired for every request, also
 * after a {@link RequestFailed}, with the status the client gets.
 *
 * <pre>
 * void slow(&#64;Observes RequestFinished request) {
 *     if (request.duration().compareTo(Duration.ofMillis(500)) &gt; 0) {
 *         log.warn(request.method() + " " + request.path() + " took " + request.duration());
 *     }
 * }
 * </pre>
 *
 * @since 0.1.0
 */
public final class RequestFinished {

    private final String method;
    private final String path;
    private final int status;
    private final Duration duration;

    /**
     * Creates the event; the library fires it, applications only observe it (or create it in their tests).
     *
     * @param method   the HTTP method
     * @param path     the request URI, without the query string
     * @param status   the HTTP status of the response (500 when the request failed with an exception)
     * @param duration how long the application took
     */
    public RequestFinished(String method, String path, int status, Duration duration) {
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
        this.status = status;
        this.duration = Objects.requireNonNull(duration, "duration");
    }

    /** @return the HTTP method, e.g. {@code GET} */
    public String method() {
        return method;
    }

    /** @return the request URI without the query string */
    public String path() {
        return path;
    }

    /** @return the HTTP status of the response: 500 when the request failed with an exception */
    public int status() {
        return status;
    }

    /** @return how long the application took, from {@link RequestStarted} to the end of the response */
    public Duration duration() {
        return duration;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RequestFinished that && method.equals(that.method) && path.equals(that.path)
                && status == that.status && duration.equals(that.duration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, path, status, duration);
    }

    @Override
    public String toString() {
        return "RequestFinished[" + method + " " + path + " -> " + status + " in " + duration + "]";
    }
}
