package org.entitysignals.testing;

import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.entitysignals.Signals;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link MuteSignals}: before each test it opens a {@link Signals#mute(Class[])} scope
 * for each {@code @MuteSignals} on the test method, its class and the classes enclosing a {@code @Nested} one, and
 * closes them after the test, whether it passed or not. Registered by the annotation; there is no need to name it.
 *
 * @since 0.1.0
 */
public final class MuteSignalsExtension implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(MuteSignalsExtension.class);

    /** Created by JUnit. */
    public MuteSignalsExtension() {
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Deque<Signals.Muting> scopes = new ArrayDeque<>();
        for (MuteSignals muted : annotations(context)) {
            scopes.push(Signals.mute(muted.value()));
        }
        context.getStore(NAMESPACE).put(Signals.Muting.class, scopes);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Deque<?> scopes = context.getStore(NAMESPACE).remove(Signals.Muting.class, Deque.class);
        while (scopes != null && !scopes.isEmpty()) {
            ((Signals.Muting) scopes.pop()).close();
        }
    }

    /** The annotations that apply to the test: on the method, its class, and the classes enclosing a nested one. */
    private static List<MuteSignals> annotations(ExtensionContext context) {
        List<MuteSignals> found = new ArrayList<>();
        context.getTestMethod().flatMap(method -> AnnotationSupport.findAnnotation(method, MuteSignals.class))
                .ifPresent(found::add);
        Class<?> type = context.getTestClass().orElse(null);
        while (type != null) {
            AnnotationSupport.findAnnotation(type, MuteSignals.class).ifPresent(found::add);
            // a @Nested test class is an inner class: its enclosing class's annotations apply to it
            type = type.isMemberClass() && !Modifier.isStatic(type.getModifiers()) ? type.getEnclosingClass() : null;
        }
        return found;
    }
}
