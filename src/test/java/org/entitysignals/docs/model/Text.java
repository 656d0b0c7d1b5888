package org.entitysignals.docs.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Small text helpers the docs' receivers call. */
public final class Text {

    private Text() {
    }

    /** {@code "rahul sharma"} becomes {@code "Rahul Sharma"}. */
    public static String titleCase(String name) {
        return Arrays.stream(name.strip().split("\\s+"))
                .map(word -> word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining(" "));
    }

    /** {@code "Rahul Sharma"} becomes {@code "RS"}. */
    public static String initials(String name) {
        return Arrays.stream(name.strip().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word.substring(0, 1).toUpperCase())
                .collect(Collectors.joining());
    }
}
