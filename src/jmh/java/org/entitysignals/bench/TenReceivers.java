package org.entitysignals.bench;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.entitysignals.DeleteEvent;
import org.entitysignals.PostDelete;
import org.entitysignals.PostSave;
import org.entitysignals.PreSave;
import org.entitysignals.SaveEvent;

/** Ten receivers per operation. */
public final class TenReceivers {

    private TenReceivers() {
    }

    /** Ten post-save and ten post-delete receivers. */
    @ApplicationScoped
    public static class Post {
        void saved0(@Observes @PostSave(BenchItem.class) SaveEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void deleted0(@Observes @PostDelete(BenchItem.class) DeleteEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void saved1(@Observes @PostSave(BenchItem.class) SaveEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void deleted1(@Observes @PostDelete(BenchItem.class) DeleteEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void saved2(@Observes @PostSave(BenchItem.class) SaveEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void deleted2(@Observes @PostDelete(BenchItem.class) DeleteEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void saved3(@Observes @PostSave(BenchItem.class) SaveEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void deleted3(@Observes @PostDelete(BenchItem.class) DeleteEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void saved4(@Observes @PostSave(BenchItem.class) SaveEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void deleted4(@Observes @PostDelete(BenchItem.class) DeleteEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void saved5(@Observes @PostSave(BenchItem.class) SaveEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void deleted5(@Observes @PostDelete(BenchItem.class) DeleteEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void saved6(@Observes @PostSave(BenchItem.class) SaveEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void deleted6(@Observes @PostDelete(BenchItem.class) DeleteEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void saved7(@Observes @PostSave(BenchItem.class) SaveEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void deleted7(@Observes @PostDelete(BenchItem.class) DeleteEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void saved8(@Observes @PostSave(BenchItem.class) SaveEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void deleted8(@Observes @PostDelete(BenchItem.class) DeleteEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void saved9(@Observes @PostSave(BenchItem.class) SaveEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void deleted9(@Observes @PostDelete(BenchItem.class) DeleteEvent<BenchItem> event) {
            Work.done(event.entity());
        }
    }

    /** Ten pre-save receivers, for the dispatch benchmark. */
    @ApplicationScoped
    public static class Pre {
        void saving0(@Observes @PreSave(BenchItem.class) SaveEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void saving1(@Observes @PreSave(BenchItem.class) SaveEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void saving2(@Observes @PreSave(BenchItem.class) SaveEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void saving3(@Observes @PreSave(BenchItem.class) SaveEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void saving4(@Observes @PreSave(BenchItem.class) SaveEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void saving5(@Observes @PreSave(BenchItem.class) SaveEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void saving6(@Observes @PreSave(BenchItem.class) SaveEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void saving7(@Observes @PreSave(BenchItem.class) SaveEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void saving8(@Observes @PreSave(BenchItem.class) SaveEvent<BenchItem> event) {
            Work.done(event.entity());
        }

        void saving9(@Observes @PreSave(BenchItem.class) SaveEvent<BenchItem> event) {
            Work.done(event.entity());
        }
    }
}
