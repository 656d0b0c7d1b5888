package org.entitysignals.web;

import java.util.Objects;

/**
 * An exception escaped the application while it served an HTTP request: Django's {@code got_request_exception}.
 * Fired before the container turns the exception into an error response, then {@link RequestFinished} follows.
 * Exceptions that a framework turns into a response itself do not escape and are not reported here: JAX-RS maps
 * every exception of a resource to a response (its default mapper answers 500, since Jakarta REST 3.1), and JSF
 * has its error pages. Those requests still end with a {@link RequestFinished} carrying the status.
 *
 * <pre>
 * void alert(&#64;Observes RequestFailed failure) {
 *     pager.page(failure.method() + " " + failure.path(), failure.exception());
 * }
 * </pre>
 *
 * @since 0.1.0
 */
public final class RequestFailed {

    private final String method;
    private final String path;
    private final Throwable exception;

    /**
     * Creates the event; the library fires it, applications only observe it (or create it in their tests).
     *
     * @param method    the HTTP method
     * @param path      the request URI, without the query string
     * @param exception what escaped the application
     */
    public RequestFailed(String method, String path, Throwable exception) {
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
        this.exception = Objects.requireNonNull(exception, "exception");
    }

    /** @return the HTTP method */
    public String method() {
        return method;
    }

    /** @return the request URI without the query string */
    public String path() {
        return path;
    }

    /** @return what escaped the application */
    public Throwable exception() {
        return exception;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RequestFailed that && method.equals(that.method) && path.equals(that.path)
                && exception.equals(that.exception);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, path, exception);
    }

    @Override
    public String toString() {
        return "RequestFailed[" + method + " " + path + ": " + exception + "]";
    }
}
