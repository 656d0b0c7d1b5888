package org.entitysignals.docs.model;

import org.entitysignals.quickstart.User;

/** What the docs' receivers call to send mail: prints instead. */
public class Mailer {

    public void sendWelcome(String address) {
        System.out.println("Welcome mail to " + address);
    }

    public void confirm(User user, String previousAddress) {
        System.out.println("Confirm " + user.getEmail() + " (was " + previousAddress + ")");
    }
}
