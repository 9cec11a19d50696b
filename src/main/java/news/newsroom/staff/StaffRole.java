package news.newsroom.staff;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a staff member may do. A token carries them as JWT groups, but {@code @RolesAllowed} judges the account's
 * current roles (see {@code StaffIdentityAugmentor}).
 */
public enum StaffRole {
    ADMIN, EDITOR, AUTHOR, MODERATOR;

    public static final String ADMIN_ROLE = "admin";
    public static final String EDITOR_ROLE = "editor";
    public static final String AUTHOR_ROLE = "author";
    public static final String MODERATOR_ROLE = "moderator";

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static StaffRole fromWire(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    static String join(Set<StaffRole> roles) {
        return roles.stream().sorted().map(StaffRole::wireName).collect(Collectors.joining(","));
    }

    static Set<StaffRole> split(String column) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        Arrays.stream(column.split(",")).filter(part -> !part.isBlank()).map(StaffRole::fromWire).forEach(roles::add);
        return roles;
    }
}
