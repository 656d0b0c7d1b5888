package org.entitysignals.quickstart;

import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;

// tag::main[]
public class Main {

    public static void main(String[] args) {
        try (SeContainer container = SeContainerInitializer.newInstance().initialize()) {
            Registration registration = container.select(Registration.class).get();
            registration.register("rahul");
            System.out.println("Profiles of rahul: " + registration.profilesOf("rahul"));
        }
    }
}
// end::main[]
