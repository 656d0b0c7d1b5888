package org.entitysignals.model;

import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.persistence.metamodel.StaticMetamodel;

/** The JPA static metamodel of {@link Account}, as a generator (hibernate-jpamodelgen) writes it. */
@StaticMetamodel(Account.class)
public abstract class Account_ extends NamedEntity_ {

    public static volatile SingularAttribute<Account, String> email;
    public static volatile SingularAttribute<Account, Integer> credits;
    public static volatile SingularAttribute<Account, Team> team;
    public static volatile SingularAttribute<Account, Address> address;
    public static volatile SingularAttribute<Account, Long> version;
}
