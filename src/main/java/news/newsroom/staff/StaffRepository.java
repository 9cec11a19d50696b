package news.newsroom.staff;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class StaffRepository implements PanacheRepository<StaffUser> {

    public Optional<StaffUser> findByEmail(String email) {
        return find("from StaffUser s left join fetch s.author where s.email = ?1", StaffUser.normalizeEmail(email))
                .firstResultOptional();
    }

    public Optional<StaffUser> findWithAuthor(long id) {
        return find("from StaffUser s left join fetch s.author where s.id = ?1", id).firstResultOptional();
    }

    public List<StaffUser> findPage(int offset, int limit) {
        return find("from StaffUser s left join fetch s.author", Sort.by("s.email")).range(offset, offset + limit - 1).list();
    }

    /**
     * Makes changes to who is an active admin take turns until each commits (a transaction-level advisory lock):
     * taken before the account is read, so the last-admin check counts what the previous change left.
     */
    public void lockAdminRoster() {
        getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock("
                + "hashtext('newsroom.admin-roster.' || current_schema()))) as locked").getSingleResult();
    }
}
