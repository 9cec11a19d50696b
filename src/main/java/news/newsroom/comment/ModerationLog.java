package news.newsroom.comment;

import news.newsroom.SqlRow;
import java.util.List;
import jakarta.persistence.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import news.newsroom.staff.Caller;

/** The moderation record: every action, who did it, when, on what, and the note. */
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

    /** The newest {@code limit} actions, newest first. */
    public List<ModerationActionView> newest(int limit) {
        return SqlRow.all(em.createNativeQuery("""
                select id, staff_name, action, comment_id, article_id, from_status, to_status, note, created_at
                from moderation_action order by created_at desc, id desc limit :limit
                """, Tuple.class).setParameter("limit", limit)).stream()
                .map(row -> new ModerationActionView(row.longValue("id"), row.text("staff_name"), row.text("action"),
                        row.longOrNull("comment_id"), row.longOrNull("article_id"), row.text("from_status"),
                        row.text("to_status"), row.text("note"), row.instant("created_at")))
                .toList();
    }
}
