/**
 * Request signals: Django's {@code request_started}, {@code request_finished} and {@code got_request_exception} as
 * CDI events, fired for every HTTP request into the application with no {@code web.xml} change (the jar's
 * {@code web-fragment.xml} registers a filter on {@code /*}).
 *
 * <pre>
 * void slow(&#64;Observes RequestFinished request) {
 *     if (request.duration().toMillis() &gt; 500) {
 *         log.warn(request.method() + " " + request.path() + " took " + request.duration());
 *     }
 * }
 * </pre>
 *
 * <p>CDI's {@code @Initialized(RequestScoped.class)} and {@code @Destroyed(RequestScoped.class)} events mark the
 * request <em>context</em>, which also starts for EJB calls, timers and message deliveries, and carry only the
 * {@code ServletRequest}; these events are fired for HTTP requests only and carry what happened: the status, the
 * duration, the exception. The request context is active while they are delivered, except that
 * {@link org.entitysignals.web.RequestFinished} of an asynchronous request is delivered when it completes.
 *
 * <p>Needs the Servlet API (any Jakarta EE server has it); the rest of the library works without it.
 *
 * @since 0.1.0
 */
package org.entitysignals.web;
