package org.entitysignals.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.entitysignals.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Request signals over real HTTP: every request starts and finishes with its status; an exception escaping a
 * servlet is reported. A JAX-RS endpoint's exception is turned into a 500 by JAX-RS itself and only finishes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class RequestSignalsIT {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.war("requests")
                .addClasses(RequestSignalsITEndpoints.class, RequestSignalsITEndpoints.Hello.class,
                        RequestSignalsITEndpoints.Boom.class, RequestSignalsITEndpoints.Signals.class,
                        RequestSignalsITEndpoints.Api.class, RequestSignalsITEndpoints.Failing.class,
                        RequestSignalsITReceivers.class);
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void signalsEveryRequestAndTheExceptionsThatEscape() throws Exception {
        // when
        int hello = get("hello").statusCode();
        int boom = get("boom").statusCode();
        int endpoint = get("api/fail").statusCode();
        List<String> seen = get("signals").body().lines().toList();

        // then
        String path = base.getPath();
        assertThat(hello).isEqualTo(200);
        assertThat(boom).isEqualTo(500);
        assertThat(endpoint).isEqualTo(500);
        assertThat(seen).containsSubsequence(
                "started GET " + path + "hello",
                "finished GET " + path + "hello 200",
                "started GET " + path + "boom");
        assertThat(seen).contains("finished GET " + path + "boom 500", "finished GET " + path + "api/fail 500",
                "started GET " + path + "signals");
        assertThat(seen).filteredOn(line -> line.startsWith("failed GET " + path + "boom"))
                .singleElement().asString().contains("servlet went boom");
        // JAX-RS 3.1 maps an unmapped exception to a 500 response itself: it does not escape, it finishes as 500
        assertThat(seen).filteredOn(line -> line.startsWith("failed GET " + path + "hello")).isEmpty();
    }

    private HttpResponse<String> get(String relative) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + relative)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
