package org.entitysignals.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entitysignals.testing.SignalPhase.POST_DELETE;
import static org.entitysignals.testing.SignalPhase.POST_SAVE;
import static org.entitysignals.testing.SignalPhase.PRE_SAVE;

import org.entitysignals.model.Author;
import org.entitysignals.model.NamedEntity;
import org.entitysignals.support.Provider;
import org.entitysignals.support.TestApp;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The recorder's assertions fail when the expectation is wrong, with a message that says what was expected and
 * lists what was recorded. The signals are real: one author saved on each provider.
 */
class SignalAssertTest {

    private static final String AUTHOR = "org.entitysignals.model.Author";
    private static final String PRE = "@PreSave " + AUTHOR + " created: Author asimov";
    private static final String POST = "@PostSave " + AUTHOR + " created: Author asimov";
    private static final String BOTH = "[" + PRE + ", " + POST + "]";

    @ParameterizedTest
    @EnumSource(Provider.class)
    void failsOnAWrongCountListingTheSignalsSelected(Provider provider) {
        try (TestApp app = savedOneAuthor(provider)) {
            SignalRecorder recorder = app.bean(SignalRecorder.class);

            fails(() -> recorder.assertThat().saw(POST_SAVE, Author.class).times(2),
                    "expected 2 @PostSave signals of " + AUTHOR + " but recorded 1: [" + POST + "]");
            fails(() -> recorder.assertThat().saw(POST_SAVE, Author.class).updated().once(),
                    "expected 1 @PostSave signal of " + AUTHOR + " (updated) but recorded none; all signals"
                            + " recorded: " + BOTH);
            fails(() -> recorder.assertThat().created().times(3),
                    "expected 3 signals (created) but recorded 2: " + BOTH);
            fails(() -> recorder.assertThat().saw(PRE_SAVE).matching("named tolstoy",
                    signal -> signal.entity().toString().endsWith("tolstoy")).once(),
                    "expected 1 @PreSave signal (named tolstoy) but recorded none; all signals recorded: " + BOTH);
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void failsWhenASignalIsMissingOrUnexpected(Provider provider) {
        try (TestApp app = savedOneAuthor(provider)) {
            SignalRecorder recorder = app.bean(SignalRecorder.class);

            fails(() -> recorder.assertThat().saw(POST_DELETE, Author.class),
                    "expected at least one @PostDelete signal of " + AUTHOR + " but recorded none; all signals"
                            + " recorded: " + BOTH);
            fails(() -> recorder.assertThat().didNotSee(PRE_SAVE, NamedEntity.class),
                    "expected no @PreSave signal of org.entitysignals.model.NamedEntity but recorded 1: [" + PRE
                            + "]");
            fails(() -> recorder.assertThat().none(), "expected no signal but recorded 2: " + BOTH);
            fails(() -> recorder.assertThat().saw(POST_SAVE, Author.class).matching("named tolstoy",
                    signal -> signal.entity().toString().endsWith("tolstoy")).atLeastOnce(),
                    "expected at least one @PostSave signal of " + AUTHOR + " (named tolstoy) but recorded none;"
                            + " all signals recorded: " + BOTH);
            fails(() -> recorder.assertThat().saw(POST_SAVE, Author.class).created().none(),
                    "expected no @PostSave signal of " + AUTHOR + " (created) but recorded 1: [" + POST + "]");
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void failsOnOtherEntitiesOrAnotherOrder(Provider provider) {
        try (TestApp app = savedOneAuthor(provider)) {
            SignalRecorder recorder = app.bean(SignalRecorder.class);

            fails(() -> recorder.assertThat().saw(POST_SAVE, Author.class).withEntities(new Author("tolstoy")),
                    "expected the entities [Author tolstoy] in @PostSave signals of " + AUTHOR
                            + ", in this order, but they were [Author asimov]: [" + POST + "]");
            fails(() -> recorder.assertThat().inOrder(POST_SAVE.of(Author.class), PRE_SAVE.of(Author.class)),
                    "expected signals in the order [@PostSave " + AUTHOR + ", @PreSave " + AUTHOR + "] but found"
                            + " no @PreSave " + AUTHOR + " after @PostSave " + AUTHOR + "; signals recorded: "
                            + BOTH);
            fails(() -> recorder.assertThat().inOrder(POST_DELETE.of(Author.class)),
                    "expected signals in the order [@PostDelete " + AUTHOR + "] but found no @PostDelete " + AUTHOR
                            + "; signals recorded: " + BOTH);
            fails(() -> recorder.assertThat().exactly(PRE_SAVE.of(Author.class)),
                    "expected exactly the signals [@PreSave " + AUTHOR + "] but signal 2 was " + POST
                            + "; signals recorded: " + BOTH);
            fails(() -> recorder.assertThat().exactly(PRE_SAVE.of(Author.class), POST_SAVE.of(Author.class),
                    POST_SAVE.of(Author.class)),
                    "expected exactly the signals [@PreSave " + AUTHOR + ", @PostSave " + AUTHOR + ", @PostSave "
                            + AUTHOR + "] but there were only 2; signals recorded: " + BOTH);
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void saysWhenNothingWasRecordedAtAll(Provider provider) {
        try (TestApp app = TestApp.start(provider, SignalRecorder.class)) {
            SignalRecorder recorder = app.bean(SignalRecorder.class);

            fails(() -> recorder.assertThat().saw(POST_SAVE, Author.class),
                    "expected at least one @PostSave signal of " + AUTHOR + " but recorded none; no signal was"
                            + " recorded at all");
            fails(() -> recorder.assertThat().once(), "expected 1 signal but recorded none; no signal was recorded"
                    + " at all");
        }
    }

    private static TestApp savedOneAuthor(Provider provider) {
        TestApp app = TestApp.start(provider, SignalRecorder.class);
        app.persist(new Author("asimov"));
        return app;
    }

    private static void fails(Executable assertion, String message) {
        assertThatThrownBy(assertion::execute).isExactlyInstanceOf(AssertionError.class).hasMessage(message);
    }
}
