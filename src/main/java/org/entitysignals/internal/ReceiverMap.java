package org.entitysignals.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The startup "who listens to what" log: one INFO line per sender with its receivers in delivery order. */
final class ReceiverMap {

    private static final System.Logger LOG = System.getLogger("org.entitysignals");

    private ReceiverMap() {
    }

    static void log(List<Receiver> receivers) {
        if (receivers.isEmpty()) {
            LOG.log(System.Logger.Level.INFO, Messages.noReceivers());
            return;
        }
        Map<String, List<Receiver>> bySender = new TreeMap<>();
        for (Receiver receiver : receivers) {
            if (receiver.senders().length == 0) {
                bySender.computeIfAbsent("every entity", key -> new java.util.ArrayList<>()).add(receiver);
            }
            for (Class<?> sender : receiver.senders()) {
                bySender.computeIfAbsent(sender.getName(), key -> new java.util.ArrayList<>()).add(receiver);
            }
        }
        bySender.forEach((sender, listening) -> LOG.log(System.Logger.Level.INFO, Messages.receiverMap(sender,
                listening.stream().sorted(ReceiverMap::deliveryOrder).map(Receiver::describe)
                        .collect(Collectors.joining("; ")))));
    }

    private static int deliveryOrder(Receiver a, Receiver b) {
        int byPhase = a.phase().compareTo(b.phase());
        return byPhase != 0 ? byPhase : Integer.compare(a.priority(), b.priority());
    }
}
