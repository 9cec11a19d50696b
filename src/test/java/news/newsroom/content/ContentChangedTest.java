package news.newsroom.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import news.newsroom.content.ContentChanged.Entity;
import news.newsroom.content.ContentChanged.Kind;
import org.junit.jupiter.api.Test;

/** What a change names: the thing, the kind, and exactly the surrogate keys the caches were always given. */
class ContentChangedTest {

    @Test
    void anArticleChangeNamesTheKeysOfEverythingThatShowsTheArticle() {
        ContentChanged change = ContentChanged.article(42, Kind.PUBLISHED);

        assertThat(change.entity()).isEqualTo(Entity.ARTICLE);
        assertThat(change.id()).isEqualTo(42);
        assertThat(change.kind()).isEqualTo(Kind.PUBLISHED);
        assertThat(change.keys()).containsExactlyInAnyOrderElementsOf(SurrogateKeys.articleChanged(42));
    }

    @Test
    void aCommentChangeNamesItsThreadAndArticleAndCommentSettingsTheArticle() {
        assertThat(ContentChanged.comment(7, 42, Kind.APPROVED).keys())
                .containsExactlyInAnyOrderElementsOf(SurrogateKeys.commentsChanged(42));
        ContentChanged settings = ContentChanged.commentSettings(42);
        assertThat(settings.entity()).isEqualTo(Entity.ARTICLE);
        assertThat(settings.id()).isEqualTo(42);
        assertThat(settings.keys()).containsExactlyInAnyOrderElementsOf(SurrogateKeys.articleChanged(42));
    }

    @Test
    void aRenameNamesTheOldAndTheNewSlug() {
        assertThat(ContentChanged.section(3, Kind.UPDATED, "culture", "arts").keys())
                .containsExactlyInAnyOrderElementsOf(SurrogateKeys.sectionChanged("culture", "arts"));
        assertThat(ContentChanged.author(4, Kind.UPDATED, "rami", "rami-haddad").keys())
                .containsExactlyInAnyOrderElementsOf(SurrogateKeys.authorChanged("rami", "rami-haddad"));
        assertThat(ContentChanged.tag(5, Kind.DELETED, "المياه").keys())
                .containsExactlyInAnyOrderElementsOf(SurrogateKeys.tagChanged("المياه"));
    }

    @Test
    void aKindTheThingCannotHaveIsRefused() {
        assertThatThrownBy(() -> ContentChanged.comment(7, 42, Kind.PUBLISHED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("COMMENT");
        assertThatThrownBy(() -> ContentChanged.tag(5, Kind.ARCHIVED, "المياه"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kindsHaveTheWordsRevisionsRecord() {
        assertThat(Kind.UNPUBLISHED.wireName()).isEqualTo("unpublished");
        assertThat(Kind.COMMENT_SETTINGS_CHANGED.wireName()).isEqualTo("comment-settings-changed");
    }
}
