package org.entitysignals;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import org.entitysignals.model.Author;
import org.entitysignals.model.Book;
import org.junit.jupiter.api.Test;

/** The nested literals equal the annotations users write, as CDI's own literals do. */
class QualifierLiteralTest {

    @PostSave(Author.class)
    @PreSave
    @PreDelete({Author.class, Book.class})
    @PostDelete
    @RelationChanged(value = Author.class, attribute = "books", actions = RelationEvent.Action.POST_ADD)
    void declared() {
    }

    private static <A extends Annotation> A declared(Class<A> type) throws NoSuchMethodException {
        return QualifierLiteralTest.class.getDeclaredMethod("declared").getAnnotation(type);
    }

    @Test
    void literalsWithSendersEqualTheDeclaredAnnotations() throws Exception {
        assertThat(PostSave.Literal.of(Author.class)).isEqualTo(declared(PostSave.class))
                .hasSameHashCodeAs(declared(PostSave.class));
        assertThat(PreDelete.Literal.of(Author.class, Book.class)).isEqualTo(declared(PreDelete.class));
        assertThat(PreDelete.Literal.of(Book.class, Author.class)).isNotEqualTo(declared(PreDelete.class));
    }

    @Test
    void relationLiteralsEqualTheDeclaredAnnotations() throws Exception {
        assertThat(RelationChanged.Literal.of(Author.class).withAttribute("books")
                .withActions(RelationEvent.Action.POST_ADD)).isEqualTo(declared(RelationChanged.class))
                .hasSameHashCodeAs(declared(RelationChanged.class));
        assertThat(RelationChanged.Literal.of(Author.class).withAttribute("books"))
                .isNotEqualTo(declared(RelationChanged.class));
    }

    @Test
    void anyLiteralsEqualTheAnnotationsWithoutSenders() throws Exception {
        assertThat(PreSave.Literal.ANY).isEqualTo(declared(PreSave.class));
        assertThat(PostDelete.Literal.ANY).isEqualTo(declared(PostDelete.class));
        assertThat(PostSave.Literal.of()).isSameAs(PostSave.Literal.ANY);
    }

    @Test
    void literalsDoNotExposeTheirSendersToChange() {
        PostSave literal = PostSave.Literal.of(Author.class);

        literal.value()[0] = Book.class;

        assertThat(literal.value()).containsExactly(Author.class);
    }
}
