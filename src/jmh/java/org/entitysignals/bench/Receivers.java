package org.entitysignals.bench;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.entitysignals.DeleteEvent;
import org.entitysignals.PostDelete;
import org.entitysignals.PostSave;
import org.entitysignals.PreSave;
import org.entitysignals.SaveEvent;

/** The receivers of each variant: the same work as {@link HandWrittenListener}, per receiver. */
public final class Receivers {

    private Receivers() {
    }

    /** A bean that receives nothing: Weld SE refuses to start without any bean. */
    @ApplicationScoped
    public static class None {
    }

    /** One receiver per operation: saves and deletes. */
    @ApplicationScoped
    public static class One {
        void saved(@Observes @PostSave(BenchItem.class) SaveEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void deleted(@Observes @PostDelete(BenchItem.class) DeleteEvent<BenchItem> event) {
            Work.done(event.entity());
        }
    }

    /** One receiver that asks what changed. */
    @ApplicationScoped
    public static class OneAskingChanges {
        void saved(@Observes @PostSave(BenchItem.class) SaveEvent<BenchItem> event) {
            if (!event.created() && event.changed("amount")) {
                Work.done(event.oldValue("amount"));
            }
        }
    }

    /** A synchronous receiver and one that runs after the commit. */
    @ApplicationScoped
    public static class Transactional {
        void saved(@Observes @PostSave(BenchItem.class) SaveEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) @PostSave(BenchItem.class)
                SaveEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void deleted(@Observes @PostDelete(BenchItem.class) DeleteEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void deleteCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) @PostDelete(BenchItem.class)
                DeleteEvent<BenchItem> event) {
            Work.done(event.entity());
        }
    }

    /** A pre-save receiver, for the dispatch benchmark (inline, no persistence context needed). */
    @ApplicationScoped
    public static class PreOne {
        void saving(@Observes @PreSave(BenchItem.class) SaveEvent<BenchItem> event) {
            Work.done(event.entity());
        }
    }
}
