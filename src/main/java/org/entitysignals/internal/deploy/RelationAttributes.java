package org.entitysignals.internal.deploy;

import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/** What the annotations of a class say about its collection-valued relations, for deploy-time checks. */
final class RelationAttributes {

    private RelationAttributes() {
    }

    /**
     * Whether the class or a superclass declares a {@code @ManyToMany} or {@code @OneToMany} attribute of the name,
     * on a field or a getter; any such attribute when the name is empty.
     */
    static boolean declares(Class<?> type, String attribute) {
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                if (isRelation(field) && (attribute.isEmpty() || attribute.equals(field.getName()))) {
                    return true;
                }
            }
            for (Method method : current.getDeclaredMethods()) {
                if (isRelation(method) && (attribute.isEmpty() || attribute.equals(property(method)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isRelation(AnnotatedElement element) {
        return element.isAnnotationPresent(ManyToMany.class) || element.isAnnotationPresent(OneToMany.class);
    }

    private static String property(Method getter) {
        String name = getter.getName();
        if (!name.startsWith("get") || name.length() == 3) {
            return name;
        }
        String property = name.substring(3);
        // the JavaBeans rule: "URL" stays "URL", "Courses" becomes "courses"
        if (property.length() > 1 && Character.isUpperCase(property.charAt(1))) {
            return property;
        }
        return Character.toLowerCase(property.charAt(0)) + property.substring(1);
    }
}
