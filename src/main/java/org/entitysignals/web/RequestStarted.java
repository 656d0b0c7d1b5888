package org.entitysignals.web;

import java.time.Instant;
import java.util.Objects;

/**
 * An HTTP request entered the application, before any servlet, filter or endpoint of it ran: Django's
 * {@code request_started}.
 *
 * <pre>
 * void count(&#64;Observes RequestStarted request) {
 *     metrics.counter("requests", "path", request.path()).increment();
 * }
 * </pre>
 *
 * @since 0.1.0
 */
public final class RequestStarted {

    private final String method;
    private final String path;
    private final Instant startedAt;

    /**
     * Creates the event; the library fires it, applications only observe it (or create it in their tests).
     *
     * @param method    the HTTP method
     * @param path      the request URI, without the query string
     * @param startedAt when the request entered the application
     */
    public RequestStarted(String method, String path, Instant startedAt) {
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    }

    /** @return the HTTP method, e.g. {@code GET} */
    public String method() {
        return method;
    }

    /** @return the request URI without the query string, e.g. {@code /shop/orders/12} */
    public String path() {
        return path;
    }

    /** @return when the request entered the application */
    public Instant startedAt() {
        return startedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RequestStarted that && method.equals(that.method) && path.equals(that.path)
                && startedAt.equals(that.startedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, path, startedAt);
    }

    @Override
    public String toString() {
        return "RequestStarted[" + method + " " + path + " at " + startedAt + "]";
    }
}
