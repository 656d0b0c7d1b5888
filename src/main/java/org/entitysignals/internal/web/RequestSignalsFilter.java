package org.entitysignals.internal.web;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.entitysignals.web.RequestFailed;
import org.entitysignals.web.RequestFinished;
import org.entitysignals.web.RequestStarted;

/**
 * Fires {@link RequestStarted}, {@link RequestFailed} and {@link RequestFinished} around every HTTP request of the
 * application. Mapped to {@code /*} for REQUEST dispatches only, so forwards and error pages add no signals.
 */
public class RequestSignalsFilter implements Filter {

    @Inject
    BeanManager beanManager;

    private volatile Event<Object> events;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse answer)) {
            chain.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        String method = http.getMethod();
        String path = http.getRequestURI();
        events().fire(new RequestStarted(method, path, Instant.now()));
        boolean failed = false;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error escaped) {
            failed = true;
            events().fire(new RequestFailed(method, path, unwrap(escaped)));
            throw escaped;
        } finally {
            if (!failed && http.isAsyncStarted()) {
                http.getAsyncContext().addListener(new FinishWhenComplete(method, path, start));
            } else {
                finished(method, path, failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : answer.getStatus(),
                        start);
            }
        }
    }

    private void finished(String method, String path, int status, long start) {
        events().fire(new RequestFinished(method, path, status, Duration.ofNanos(System.nanoTime() - start)));
    }

    /** A servlet's checked exception arrives wrapped in a {@code ServletException}: report what was thrown. */
    private static Throwable unwrap(Throwable escaped) {
        return escaped instanceof ServletException wrapper && wrapper.getRootCause() != null
                ? wrapper.getRootCause() : escaped;
    }

    private Event<Object> events() {
        Event<Object> current = events;
        if (current == null) {
            BeanManager manager = beanManager != null ? beanManager : CDI.current().getBeanManager();
            current = manager.getEvent();
            events = current;
        }
        return current;
    }

    /** Delivers the end of an asynchronous request when it completes, fails or times out. */
    private final class FinishWhenComplete implements AsyncListener {

        private final String method;
        private final String path;
        private final long start;

        FinishWhenComplete(String method, String path, long start) {
            this.method = method;
            this.path = path;
            this.start = start;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            int status = event.getSuppliedResponse() instanceof HttpServletResponse answer
                    ? answer.getStatus() : HttpServletResponse.SC_OK;
            finished(method, path, status, start);
        }

        @Override
        public void onError(AsyncEvent event) {
            if (event.getThrowable() != null) {
                events().fire(new RequestFailed(method, path, event.getThrowable()));
            }
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            // onComplete follows, with the status the timeout produced
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }
}
