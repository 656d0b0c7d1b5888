package org.entitysignals.testing;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mutes signals while each JUnit 5 test runs: factory_boy's {@code mute_signals} as an annotation. On a test
 * method it covers that test, on a test class every test of the class, its subclasses and its {@code @Nested}
 * classes; {@link #value()} names the entity classes (and their subclasses) to mute, none mutes every entity.
 *
 * <pre>
 * &#64;Test
 * &#64;MuteSignals                      // no receiver runs: the test sees the service alone
 * void importsEveryRow() { … }
 *
 * &#64;Test
 * &#64;MuteSignals(AuditEntry.class)    // every signal but those of AuditEntry
 * void auditsTheImport() { … }
 * </pre>
 *
 * <p>It opens {@link org.entitysignals.Signals#mute(Class[])} before the {@code @BeforeEach} methods and closes it
 * after the {@code @AfterEach} methods, so fixtures written there are muted too; {@code @BeforeAll} and
 * {@code @AfterAll} methods are not (use {@code Signals.muted(...)} there, or for a block inside a test). Annotations
 * on the class and on the method add up: what either mutes is muted.
 *
 * <p>Muting is per thread. It covers what the test's own thread writes, including the flush or commit where
 * post-phase signals are raised; work the test hands to another thread (an executor, {@code @Asynchronous}, a
 * {@code @Timeout} with {@code SEPARATE_THREAD}) is not muted. Tests that JUnit runs in parallel do not mute each
 * other.
 *
 * <p>Needs {@code junit-jupiter-api} on the test class path; the rest of the library does not.
 *
 * @since 0.1.0
 */
@Documented
@Inherited
@Retention(RUNTIME)
@Target({TYPE, METHOD})
@ExtendWith(MuteSignalsExtension.class)
public @interface MuteSignals {

    /**
     * The entity classes to mute, with their subclasses; empty mutes every entity.
     *
     * @return the entity classes
     */
    Class<?>[] value() default {};
}
