package news.newsroom.integration.changes;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import news.newsroom.web.ApiProblem;

/** The {@code entity} filter of the change feed and stream: repeated, or comma-separated, or all kinds. */
final class ChangeKinds {

    private ChangeKinds() {
    }

    /** @throws ApiProblem 400 naming {@code entity} for an unknown kind */
    static Set<String> parse(List<String> values) {
        Set<String> kinds = new LinkedHashSet<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String kind : value.split(",")) {
                String name = kind.strip().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                if (!PublicSetRepository.ENTITIES.contains(name)) {
                    String shown = kind.strip().length() > 40 ? kind.strip().substring(0, 40) + "…" : kind.strip();
                    throw ApiProblem.invalidParameter("entity", "param.entity", shown,
                            String.join(", ", PublicSetRepository.ENTITIES));
                }
                kinds.add(name);
            }
        }
        return kinds.isEmpty() ? Set.copyOf(PublicSetRepository.ENTITIES) : Set.copyOf(kinds);
    }
}
