package org.entitysignals.internal;

/**
 * The API classes users name in {@code persistence.xml}, a mapping file or {@code @EntityListeners}, as internal
 * code recognises them: by name, since the API delegates to the internals and they must not depend on it back.
 */
public final class Names {

    /** The JPA entity listener of the mapping file {@code META-INF/entity-signals-orm.xml}. */
    public static final String MAPPING_FILE_LISTENER = "org.entitysignals.EntitySignalsListener";

    /** The EclipseLink session listener, {@code eclipselink.session-event-listener}. */
    public static final String SESSION_LISTENER = "org.entitysignals.eclipselink.EclipseLinkSignals";

    private Names() {
    }
}
