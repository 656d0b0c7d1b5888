package org.entitysignals.internal.deploy;

import java.lang.reflect.Method;
import java.util.StringJoiner;

/** Formats every location the library reports as {@code pkg.Class#method(ParamType, ...)}. */
final class Locations {

    private Locations() {
    }

    static String of(Method method) {
        StringJoiner parameters = new StringJoiner(", ", "(", ")");
        for (Class<?> type : method.getParameterTypes()) {
            parameters.add(type.getSimpleName());
        }
        return method.getDeclaringClass().getName() + "#" + method.getName() + parameters;
    }
}
