package news.newsroom.section;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.newsroom.text.Slugs;
import news.newsroom.content.ContentChanged;
import news.newsroom.content.ContentChanged.Kind;
import news.newsroom.web.ApiProblem;
import news.newsroom.content.ContentClock;
import news.newsroom.web.OffsetPaging;
import news.newsroom.web.PageRequest;
import news.newsroom.web.Versioned;

/** The section tree: its order, each section's published-article count, and which sections lie under which. */
@ApplicationScoped
public class SectionService {

    /** The whole tree, read once per request: parents before children, siblings by position. */
    record SectionTree(List<SectionView> ordered) {

        public Optional<SectionView> find(String slug) {
            return ordered.stream().filter(section -> section.slug().equals(slug)).findFirst();
        }
    }

    public static final int DEFAULT_LIMIT = 100;
    private static final String CURSOR_SCOPE = "sections";

    private final Event<ContentChanged> changes;
    private final SectionRepository sections;
    private final OffsetPaging paging;
    private final ContentClock clock;

    public SectionService(SectionRepository sections, OffsetPaging paging, ContentClock clock,
            Event<ContentChanged> changes) {
        this.sections = sections;
        this.paging = paging;
        this.clock = clock;
        this.changes = changes;
    }

    public Versioned<SectionPage> list(PageRequest request) {
        SectionTree tree = tree();
        List<SectionView> all = tree.ordered();
        int start = Math.min(paging.start(CURSOR_SCOPE, request), all.size());
        List<SectionView> items = all.subList(start, Math.min(all.size(), start + request.limit()));
        String next = paging.next(CURSOR_SCOPE, start, items.size(), all.size());
        return new Versioned<>(new SectionPage(items, all.size(), request.limit(), next), clock.lastChange());
    }

    public Optional<Versioned<SectionView>> find(String slug) {
        SectionTree tree = tree();
        return tree.find(slug).map(section -> new Versioned<>(section, clock.lastChange()));
    }

    @Transactional
    public SectionView create(SectionInput input) {
        String slug = slugFor(input, null);
        Section section = new Section(slug, input.name().strip(), blankToNull(input.description()),
                parent(input.parentSlug(), null), input.position() == null ? 0 : input.position());
        sections.persist(section);
        sections.flush();
        changes.fire(ContentChanged.section(section.getId(), Kind.CREATED, slug));
        return viewOf(slug);
    }

    @Transactional
    public SectionView replace(String slug, SectionInput input) {
        Section section = existing(slug);
        String newSlug = slugFor(input, section);
        section.change(newSlug, input.name().strip(), blankToNull(input.description()),
                parent(input.parentSlug(), section), input.position() == null ? 0 : input.position());
        sections.flush();
        changes.fire(ContentChanged.section(section.getId(), Kind.UPDATED, slug, newSlug));
        return viewOf(newSlug);
    }

    @Transactional
    public void delete(String slug) {
        Section section = existing(slug);
        if (sections.countArticlesAndChildren(section.getId()) > 0) {
            throw ApiProblem.conflict("conflict.section-in-use", slug);
        }
        sections.delete(section);
        changes.fire(ContentChanged.section(section.getId(), Kind.DELETED, slug));
    }

    private Section existing(String slug) {
        return sections.findBySlug(slug).orElseThrow(() -> ApiProblem.notFound("not-found.section", slug));
    }

    private SectionView viewOf(String slug) {
        return tree().find(slug).orElseThrow();
    }

    private String slugFor(SectionInput input, Section self) {
        String slug = Slugs.from(input.slug() != null ? input.slug() : input.name());
        if (slug.isEmpty()) {
            throw ApiProblem.invalidField("slug", "field.slug");
        }
        sections.findBySlug(slug).filter(other -> self == null || !other.getId().equals(self.getId()))
                .ifPresent(other -> {
                    throw ApiProblem.conflict("conflict.slug-taken", slug);
                });
        return slug;
    }

    /** The parent named, refusing one that would put the section under itself. */
    private Section parent(String parentSlug, Section self) {
        if (parentSlug == null || parentSlug.isBlank()) {
            return null;
        }
        Section parent = sections.findBySlug(parentSlug)
                .orElseThrow(() -> ApiProblem.invalidField("parentSlug", "field.unknown-parent", parentSlug));
        for (Section ancestor = parent; ancestor != null && self != null; ancestor = ancestor.getParent()) {
            if (ancestor.getId().equals(self.getId())) {
                throw ApiProblem.invalidField("parentSlug", "field.parent-cycle");
            }
        }
        return parent;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    SectionTree tree() {
        List<Section> all = sections.findAllWithParents();
        Map<Long, Long> directCounts = sections.countPublishedBySection();
        Map<Long, List<Section>> children = new HashMap<>();
        List<Section> roots = new ArrayList<>();
        for (Section section : all) {
            if (section.getParent() == null) {
                roots.add(section);
            } else {
                children.computeIfAbsent(section.getParent().getId(), id -> new ArrayList<>()).add(section);
            }
        }
        List<SectionView> ordered = new ArrayList<>();
        for (Section root : sortedByPosition(roots)) {
            visit(root, 0, children, directCounts, ordered);
        }
        // Every section has one parent, so walking down from the roots meets each once; a cycle (which the
        // parent check on edits prevents) would have no root and simply not be listed.
        return new SectionTree(List.copyOf(ordered));
    }

    /** The ids of a section and all sections below it, or empty when no section has that slug. */
    public Optional<List<Long>> idsWithin(String slug) {
        List<Section> all = sections.findAllWithParents();
        return all.stream().filter(section -> section.getSlug().equals(slug)).findFirst().map(root -> {
            List<Long> ids = new ArrayList<>(List.of(root.getId()));
            // Breadth-first over the parent links; the contains() check stops at a cycle a bad edit could make.
            for (int i = 0; i < ids.size(); i++) {
                Long parentId = ids.get(i);
                for (Section section : all) {
                    if (section.getParent() != null && section.getParent().getId().equals(parentId)
                            && !ids.contains(section.getId())) {
                        ids.add(section.getId());
                    }
                }
            }
            return ids;
        });
    }

    /** Depth-first; returns the ids in this subtree. */
    private static List<Long> visit(Section section, int depth, Map<Long, List<Section>> children,
            Map<Long, Long> directCounts, List<SectionView> ordered) {
        int index = ordered.size();
        ordered.add(null); // the parent goes before its children; filled in once they are counted
        List<Long> subtree = new ArrayList<>();
        subtree.add(section.getId());
        for (Section child : sortedByPosition(children.getOrDefault(section.getId(), List.of()))) {
            subtree.addAll(visit(child, depth + 1, children, directCounts, ordered));
        }
        long count = subtree.stream().mapToLong(id -> directCounts.getOrDefault(id, 0L)).sum();
        ordered.set(index, new SectionView(section.getId(), section.getSlug(), section.getName(),
                section.getDescription(), section.getParent() == null ? null : section.getParent().getSlug(),
                section.getPosition(), depth, count));
        return subtree;
    }

    private static List<Section> sortedByPosition(List<Section> list) {
        List<Section> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt(Section::getPosition).thenComparing(Section::getId));
        return sorted;
    }
}
