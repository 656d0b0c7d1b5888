package org.entitysignals.it.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import org.entitysignals.it.support.Recorder;

/** The endpoints RequestSignalsIT calls over HTTP. */
final class RequestSignalsITEndpoints {

    private RequestSignalsITEndpoints() {
    }

    @WebServlet("/hello")
    public static class Hello extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.getWriter().write("hello");
        }
    }

    @WebServlet("/boom")
    public static class Boom extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            throw new IllegalStateException("servlet went boom");
        }
    }

    /** What the request receivers saw, one line each. */
    @WebServlet("/signals")
    public static class Signals extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Inject
        Recorder recorder;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.getWriter().write(String.join("\n", recorder.all()));
        }
    }

    @ApplicationPath("/api")
    public static class Api extends Application {
    }

    @Path("/fail")
    public static class Failing {
        @GET
        public String fail() {
            throw new IllegalStateException("endpoint went boom");
        }
    }
}
