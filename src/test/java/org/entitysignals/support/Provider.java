package org.entitysignals.support;

/** The JPA providers every behaviour is checked on; each names its persistence unit in the test persistence.xml. */
public enum Provider {
    ECLIPSELINK("eclipselink"),
    HIBERNATE("hibernate");

    private final String unit;

    Provider(String unit) {
        this.unit = unit;
    }

    public String unit() {
        return unit;
    }
}
