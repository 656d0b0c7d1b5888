package org.entitysignals.internal;

import jakarta.enterprise.inject.spi.DefinitionException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Every user-facing text of the library, in id order. Ids are never reused or renumbered, and each has a test that
 * asserts it. An id that is no longer raised is listed below as retired, with the release that retired it, and is
 * never given to another message.
 *
 * <p>Format: {@code ESIG<id>: <what is wrong> on <location>. <how to fix>.} The location is the receiver
 * ({@code pkg.Class#method(ParamType)}), the entity class, or the persistence unit.
 *
 * <p>Retired ids: none yet.
 */
public final class Messages {

    private Messages() {
    }

    // ESIG0xx: deployment errors, fed to AfterBeanDiscovery.addDefinitionError
    public static DefinitionException notASender(String location, Phase phase, Class<?> sender) {
        return new DefinitionException("ESIG001: " + sender.getName() + " is not a JPA entity or mapped superclass, "
                + "nor a supertype of one, but is a sender of " + phase.simpleName() + " on " + location
                + ". Name @Entity or @MappedSuperclass classes (or their supertypes) in " + phase.simpleName()
                + "(...), or leave it empty to receive every entity.");
    }

    public static DefinitionException typeDisagrees(String location, Phase phase, Class<?> bound, Class<?> sender) {
        String payload = phase.payload().getSimpleName();
        return new DefinitionException("ESIG002: the type argument " + payload + "<" + bound.getSimpleName()
                + "> does not accept the sender " + sender.getName() + " of " + phase.simpleName() + " on "
                + location + ". Declare " + payload + "<" + sender.getSimpleName() + "> (or a supertype of every "
                + "sender, or " + payload + "<?>), or change the senders.");
    }

    public static DefinitionException wrongPayload(String location, Phase phase, String observedType) {
        String payload = phase.payload().getSimpleName();
        return new DefinitionException("ESIG003: " + phase.simpleName() + " delivers " + payload
                + ", but the receiver observes " + observedType + " on " + location + ". Declare the parameter as "
                + payload + "<YourEntity> and read the entity with event.entity().");
    }

    public static DefinitionException missingPhase(String location, Class<?> payload) {
        String options = switch (payload.getSimpleName()) {
            case "SaveEvent" -> "@PreSave or @PostSave";
            case "DeleteEvent" -> "@PreDelete or @PostDelete";
            case "RelationEvent" -> "@RelationChanged";
            default -> "@Loaded";
        };
        return new DefinitionException("ESIG004: " + payload.getSimpleName() + " is observed without a phase "
                + "qualifier on " + location + ". Add " + options + " next to @Observes, for example @Observes "
                + options.split(" ")[0] + "(YourEntity.class).");
    }

    public static DefinitionException notInline(String location, Phase phase, String how) {
        return new DefinitionException("ESIG005: " + phase.simpleName() + " receivers run inside the JPA "
                + "operation, but this one is " + how + " on " + location + ". Use a plain @Observes (transaction "
                + "phase IN_PROGRESS) for " + phase.simpleName() + ", or observe the post phase for deferred work.");
    }

    public static DefinitionException severalPhases(String location, String qualifiers) {
        return new DefinitionException("ESIG006: more than one phase qualifier (" + qualifiers + ") on " + location
                + ". Declare exactly one, and list several senders in it: @PostSave({A.class, B.class}).");
    }

    public static DefinitionException extraQualifier(String location, Phase phase, String qualifier) {
        return new DefinitionException("ESIG007: the qualifier " + qualifier + " next to " + phase.simpleName()
                + " on " + location + " never matches a signal, so the receiver would never run. Remove it; "
                + "filter inside the receiver instead.");
    }

    public static DefinitionException preActionDeferred(String location, String how) {
        return new DefinitionException("ESIG008: the PRE_ actions of @RelationChanged run inside the flush, but this "
                + "receiver is " + how + " and would receive them on " + location + ". Add actions = {POST_ADD, "
                + "POST_REMOVE, POST_CLEAR} (or some of them) to @RelationChanged, or make it a plain @Observes.");
    }

    public static DefinitionException noSuchRelation(String location, Class<?> sender, String attribute) {
        String what = attribute.isEmpty() ? "no collection-valued relation (@ManyToMany or @OneToMany)"
                : "no @ManyToMany or @OneToMany attribute named '" + attribute + "'";
        return new DefinitionException("ESIG009: the sender " + sender.getName() + " has " + what
                + " for @RelationChanged on " + location + ". Name the entity that declares the relation, and "
                + "the relation's attribute name in attribute = \"...\".");
    }

    // ESIG1xx: at run time: a signal lost or incomplete, a receiver failed, a hook missing (WARNING or thrown)
    public static String noContainer(Class<?> entityClass, String cause) {
        return "ESIG100: no CDI container is running, so signals of " + entityClass.getName()
                + " (and of every other entity) are dropped until one starts (" + cause + "). Start Weld or deploy "
                + "to a Jakarta EE server; plain JPA keeps working without signals.";
    }

    public static String receiverFailed(String location, String when, String entityClass, String id,
            Throwable failure) {
        return "ESIG101: the receiver " + location + " failed " + when + " on " + entityClass + " with id " + id
                + ": " + failure + ". The other receivers ran, and the transaction's outcome stands. Fix the "
                + "receiver; observe ReceiverFailed to count or alert.";
    }

    public static String extensionMissing(Class<?> entityClass) {
        return "ESIG102: the running CDI container has no Entity Signals extension, so signals of "
                + entityClass.getName() + " (and of every other entity) are dropped. Let the container load it "
                + "from META-INF/services, or add it by hand: new Weld().addExtension(new EntitySignalsExtension()).";
    }

    public static String changesNotTracked(Class<?> entityClass) {
        return "ESIG103: what changed is unknown on a save of " + entityClass.getName() + ", signalled by the JPA "
                + "entity listener alone, which is not told the entity's previous state. On EclipseLink register the "
                + "session listener (eclipselink.session-event-listener = "
                + "org.entitysignals.eclipselink.EclipseLinkSignals); on Hibernate leave the library's integrator on.";
    }

    public static String notAnAttribute(String attribute, Class<?> entityClass, java.util.Set<String> attributes) {
        return "ESIG104: '" + attribute + "' is not a singular persistent attribute on " + entityClass.getName()
                + "; changes cover " + attributes + ". Collections are reported by @RelationChanged; the identifier "
                + "and the version are managed by the provider.";
    }

    public static String oldStateUnknown(String entityName) {
        return "ESIG105: Hibernate did not keep the previous state (an update through a StatelessSession or of a "
                + "detached entity), so what changed is unknown on a save of " + entityName + ". Update it through "
                + "a managed entity in an EntityManager to know.";
    }

    public static String transactionUnknown(String location) {
        return "ESIG106: the transactional receiver " + location + " received a signal whose transaction the library "
                + "cannot follow (a @Loaded signal, a Hibernate StatelessSession, Hibernate with the integrator "
                + "switched off, or EclipseLink without the session listener), so it ran at once, as CDI runs "
                + "transactional observers outside a transaction. On EclipseLink register "
                + "org.entitysignals.eclipselink.EclipseLinkSignals, on Hibernate leave the integrator on; otherwise "
                + "make it a plain @Observes. Reported once per receiver.";
    }

    public static String failureObserverFailed(String location) {
        return "ESIG107: an observer of ReceiverFailed failed while being told that " + location + " failed. It is not "
                + "reported again.";
    }

    public static String mappingFileAlone(String unit, Class<?> entityClass) {
        return "ESIG108: " + entityClass.getName() + (unit == null ? "" : " of persistence unit '" + unit + "'")
                + " is signalled through the mapping file's entity listener alone, without its provider's hook: "
                + "post-phase receivers run inside the provider's flush, where EclipseLink silently drops what they "
                + "persist; @Loaded may fire twice; no @RelationChanged signal is raised (relation changes arrive "
                + "as @PreSave/@PostSave); transactional receivers run at once, before the outcome; what changed "
                + "is unknown. On EclipseLink add " + ECLIPSELINK_LINE + " to " + (unit == null ? "the unit"
                : "persistence unit '" + unit + "'") + " (it replaces the mapping-file line); on Hibernate remove "
                + "org.entitysignals.hibernate.integrator=false.";
    }

    public static String integratorOff(String unit) {
        return "ESIG109: the Entity Signals integrator is switched off on Hibernate persistence unit '" + unit
                + "' (org.entitysignals.hibernate.integrator=false): its entities signal only if the unit lists "
                + "META-INF/entity-signals-orm.xml, and then without what changed, @RelationChanged signals, "
                + "writes from post-phase receivers or transaction phases in Java SE. Remove the property; the "
                + "integrator needs no other line.";
    }

    public static String unitUnhooked(String unit) {
        return "ESIG110: EclipseLink persistence unit '" + unit + "' has no Entity Signals hook, so none of its "
                + "entities sends a signal. Add " + ECLIPSELINK_LINE + " to persistence unit '" + unit + "'.";
    }

    // ESIG2xx: what the library found and does: INFO at startup, WARNING for a likely mistake, DEBUG per signal
    public static String receiverMap(String sender, String receivers) {
        return "ESIG200: " + sender + " <- " + receivers;
    }

    public static String noReceivers() {
        return "ESIG201: Entity Signals is active with no receivers.";
    }

    public static String senderMatchesNoEntity(String location, Class<?> sender) {
        return "ESIG202: the sender " + sender.getName() + " on " + location + " is a supertype of no entity CDI "
                + "discovered. If it should be, check the sender; entities outside bean archives are not seen here.";
    }

    public static String listenerNamedOnEntity(Class<?> entityClass) {
        return "ESIG203: " + entityClass.getName() + " names EntitySignalsListener in @EntityListeners. Hibernate, "
                + "and EclipseLink with the session listener, still signal it once; but where a persistence unit of "
                + "another provider (or EclipseLink without the session listener) also lists "
                + "META-INF/entity-signals-orm.xml, the listener is called twice and every signal of the entity is "
                + "delivered twice. Remove it from @EntityListeners, or add @ExcludeDefaultListeners to the entity.";
    }

    public static String unitHooked(String unit, String provider, String hook) {
        return "ESIG204: persistence unit '" + unit + "' (" + provider + ") sends signals through " + hook
                + ": every signal, what changed, relation changes and writes from post-phase receivers.";
    }

    public static String delivering(String phase, Class<?> entityClass, String id, int receivers) {
        return "ESIG205: " + phase + " of " + entityClass.getName() + " with id " + id + " to " + receivers
                + (receivers == 1 ? " receiver" : " receivers");
    }

    // helpers of the messages above
    /** The session-listener line, as users add it to an EclipseLink persistence unit. */
    public static final String ECLIPSELINK_LINE = "<property name=\"eclipselink.session-event-listener\" "
            + "value=\"" + Names.SESSION_LISTENER + "\"/>";

    public static String relationReceiversUnserved(java.util.List<String> locations) {
        return " These @RelationChanged receivers get nothing from this unit: " + String.join(", ", locations) + ".";
    }

    public static String senders(Class<?>[] senders) {
        return senders.length == 0 ? "every entity"
                : Arrays.stream(senders).map(Class::getName).collect(Collectors.joining(", "));
    }
}
