package org.entitysignals.it;

import org.entitysignals.it.model.AuditEntry;
import org.entitysignals.it.model.Author;
import org.entitysignals.it.model.Book;
import org.entitysignals.it.support.Recorder;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds the test WARs as users package them: the library jar (this build's) in WEB-INF/lib, and persistence
 * units hooked up as the README says for the server under test (system property {@code entity-signals.it.server}):
 * the session-listener property, which WildFly's Hibernate ignores (its integrator attaches itself) and Payara's
 * EclipseLink needs: one persistence.xml for both servers.
 */
public final class Deployments {
    private Deployments() {
    }

    public static File libraryJar() {
        File jar = new File(System.getProperty("entity-signals.jar", ""));
        if (!jar.isFile()) {
            throw new IllegalStateException("entity-signals jar not found: " + jar);
        }
        return jar;
    }

    public static WebArchive war(String name) {
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addAsLibrary(libraryJar())
                .addClasses(Author.class, Book.class, AuditEntry.class, Recorder.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    public static boolean payara() {
        return "payara".equals(System.getProperty("entity-signals.it.server"));
    }

    /** A persistence unit hooked up as documented for the server under test. */
    public static String unit(String name, String... classes) {
        return unit(name, true, classes);
    }

    /** A persistence unit without the documented persistence.xml lines (on WildFly there are none anyway). */
    public static String unhookedUnit(String name, String... classes) {
        return unit(name, false, classes);
    }

    private static String unit(String name, boolean hooked, String... classes) {
        StringBuilder s = new StringBuilder()
                .append("  <persistence-unit name=\"").append(name).append("\" transaction-type=\"JTA\">\n")
                .append("    <jta-data-source>")
                .append(payara() ? "jdbc/__default" : "java:jboss/datasources/ExampleDS")
                .append("</jta-data-source>\n");
        for (String c : classes) {
            s.append("    <class>").append(c).append("</class>\n");
        }
        s.append("    <exclude-unlisted-classes>true</exclude-unlisted-classes>\n")
                .append("    <properties>\n")
                .append("      <property name=\"jakarta.persistence.schema-generation.database.action\""
                        + " value=\"drop-and-create\"/>\n");
        if (hooked) {
            s.append("      <property name=\"eclipselink.session-event-listener\""
                    + " value=\"org.entitysignals.eclipselink.EclipseLinkSignals\"/>\n");
        }
        return s.append("    </properties>\n  </persistence-unit>\n").toString();
    }

    public static StringAsset persistenceXml(String... units) {
        return new StringAsset("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<persistence xmlns=\"https://jakarta.ee/xml/ns/persistence\" version=\"3.0\">\n"
                + String.join("", units) + "</persistence>\n");
    }
}
