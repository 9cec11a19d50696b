package news.newsroom.staff;

import java.util.Set;

/** The signed-in staff member making a request, as the services need to know them. */
public record Caller(long id, String displayName, Set<StaffRole> roles, Long authorId) {

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }

    /** Admins and editors run the newsroom; they may edit anything and publish. */
    public boolean isEditorial() {
        return has(StaffRole.ADMIN) || has(StaffRole.EDITOR);
    }
}
