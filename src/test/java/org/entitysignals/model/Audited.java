package org.entitysignals.model;

/** An interface some entities implement: a valid sender although it is not mapped. */
public interface Audited {
}
