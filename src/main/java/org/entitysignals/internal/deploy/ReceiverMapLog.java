package org.entitysignals.internal.deploy;

import jakarta.enterprise.event.TransactionPhase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.entitysignals.internal.Messages;
import org.entitysignals.internal.ValidReceiver;

/** The startup "who listens to what" log: one INFO line per sender with its receivers in delivery order. */
final class ReceiverMapLog {

    private static final System.Logger LOG = System.getLogger("org.entitysignals");

    private ReceiverMapLog() {
    }

    static void log(List<ValidReceiver> receivers) {
        if (receivers.isEmpty()) {
            LOG.log(System.Logger.Level.INFO, Messages.noReceivers());
            return;
        }
        Map<String, List<ValidReceiver>> bySender = new TreeMap<>();
        for (ValidReceiver receiver : receivers) {
            if (receiver.senders().length == 0) {
                bySender.computeIfAbsent("every entity", key -> new ArrayList<>()).add(receiver);
            }
            for (Class<?> sender : receiver.senders()) {
                bySender.computeIfAbsent(sender.getName(), key -> new ArrayList<>()).add(receiver);
            }
        }
        bySender.forEach((sender, listening) -> LOG.log(System.Logger.Level.INFO, Messages.receiverMap(sender,
                listening.stream().sorted(DELIVERY_ORDER).map(ValidReceiver::describe)
                        .collect(Collectors.joining("; ")))));
    }

    /** Phase, then when CDI delivers (inline, at transaction completion, asynchronously), then priority. */
    private static final Comparator<ValidReceiver> DELIVERY_ORDER = Comparator.comparing(ValidReceiver::phase)
            .thenComparingInt(ReceiverMapLog::timing).thenComparingInt(ValidReceiver::priority)
            .thenComparing(ValidReceiver::location);

    private static int timing(ValidReceiver receiver) {
        return receiver.async() ? 2 : receiver.during() == TransactionPhase.IN_PROGRESS ? 0 : 1;
    }
}
