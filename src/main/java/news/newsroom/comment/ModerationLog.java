package news.newsroom.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import news.newsroom.staff.Caller;

/** Writes the moderation record: every action, who did it, when, on what, and the note. */
@ApplicationScoped
public class ModerationLog {

    static final String SYSTEM = "النظام";

    private final EntityManager em;

    public ModerationLog(EntityManager em) {
        this.em = em;
    }

    public void record(Caller who, String action, Long commentId, Long articleId, CommentStatus from, CommentStatus to,
            String note) {
        em.createNativeQuery("""
                insert into moderation_action (staff_id, staff_name, action, comment_id, article_id, from_status, to_status, note)
                values (cast(:staff as bigint), :name, :action, cast(:comment as bigint), cast(:article as bigint),
                        cast(:from as varchar), cast(:to as varchar), cast(:note as varchar))
                """)
                .setParameter("staff", who == null ? null : who.id())
                .setParameter("name", who == null ? SYSTEM : who.displayName())
                .setParameter("action", action)
                .setParameter("comment", commentId)
                .setParameter("article", articleId)
                .setParameter("from", from == null ? null : from.wireName())
                .setParameter("to", to == null ? null : to.wireName())
                .setParameter("note", note)
                .executeUpdate();
    }
}
