package news.newsroom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules that keep the code easy to walk (STYLE.md), checked on every build: small files, beans with few
 * collaborators, a test tree that mirrors main, and the package dependencies that keep subsystems apart.
 */
class HouseRulesTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path TEST = Path.of("src/test/java");
    private static final int MAX_LINES = 350;
    private static final int MAX_COLLABORATORS = 7;
    /** Test packages with no main counterpart: shared fixtures, and the checks of the generated clients. */
    private static final Set<String> TEST_ONLY_PACKAGES = Set.of("news.newsroom.support", "news.newsroom.clients");
    private static final Set<String> BEAN_ANNOTATIONS = Set.of(
            "jakarta.enterprise.context.ApplicationScoped", "jakarta.enterprise.context.RequestScoped",
            "jakarta.enterprise.context.Dependent", "jakarta.inject.Singleton", "jakarta.ws.rs.Path",
            "jakarta.ws.rs.ext.Provider");

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("news.newsroom");

    @Test
    void noMainSourceFileIsLongerThan350Lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            long lines = Files.readAllLines(file).size();
            if (lines > MAX_LINES) {
                tooLong.add(file + " (" + lines + " lines)");
            }
        }
        assertThat(tooLong).as("main source files over %d lines", MAX_LINES).isEmpty();
    }

    @Test
    void nativeRowsAreReadByNameNotByPosition() throws IOException {
        List<String> positional = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            String source = Files.readString(file);
            if (source.contains("List<Object[]>") || source.matches("(?s).*\\brows?\\[\\d+\\].*")) {
                positional.add(file.toString());
            }
        }
        assertThat(positional).as("main sources reading query rows by position (use SqlRow)").isEmpty();
    }

    @Test
    void noBeanHasMoreThanSevenInjectedCollaborators() {
        List<String> crowded = new ArrayList<>();
        int beans = 0;
        for (JavaClass type : MAIN_CLASSES) {
            if (!isBean(type)) {
                continue;
            }
            beans++;
            int collaborators = injectingConstructor(type).map(constructor -> constructor.getRawParameterTypes().size())
                    .orElse(0)
                    + (int) type.getFields().stream().filter(field -> field.isAnnotatedWith("jakarta.inject.Inject")).count();
            if (collaborators > MAX_COLLABORATORS) {
                crowded.add(type.getName() + " (" + collaborators + ")");
            }
        }
        assertThat(beans).as("beans found (a wrong class path finds none and passes)").isGreaterThan(50);
        assertThat(crowded).as("beans with more than %d injected collaborators", MAX_COLLABORATORS).isEmpty();
    }

    @Test
    void theTestTreeMirrorsMain() throws IOException {
        List<String> strays = new ArrayList<>();
        for (Path file : javaFiles(TEST)) {
            Path folder = TEST.relativize(file.getParent());
            String testPackage = folder.toString().replace('/', '.');
            if (!TEST_ONLY_PACKAGES.contains(testPackage) && !Files.isDirectory(MAIN.resolve(folder))) {
                strays.add(TEST.relativize(file).toString());
            }
        }
        assertThat(strays).as("tests in a package that main does not have").isEmpty();
    }

    @Test
    void webPlumbingAndContentVocabularyKnowNoFeature() {
        noClasses().that().resideInAnyPackage("news.newsroom.web..", "news.newsroom.content..", "news.newsroom.text..")
                .should().dependOnClassesThat().resideInAnyPackage("news.newsroom.article..", "news.newsroom.search..",
                        "news.newsroom.section..", "news.newsroom.author..", "news.newsroom.tag..",
                        "news.newsroom.comment..", "news.newsroom.staff..", "news.newsroom.cache..")
                .because("HTTP plumbing, Arabic text and the content-changed vocabulary are used by every feature")
                .check(MAIN_CLASSES);
    }

    @Test
    void articlesDoNotDependOnTheSearchThatReadsThem() {
        noClasses().that().resideInAPackage("news.newsroom.article..")
                .should().dependOnClassesThat().resideInAPackage("news.newsroom.search..")
                .because("search reads articles; articles reach it through the ArticleSearch interface and the event")
                .check(MAIN_CLASSES);
    }

    @Test
    void readingArticlesDoesNotDependOnEditingThem() {
        noClasses().that().resideInAPackage("news.newsroom.article")
                .should().dependOnClassesThat().resideInAPackage("news.newsroom.article.editorial..")
                .because("the editorial desk builds on articles, not the other way round")
                .check(MAIN_CLASSES);
    }

    @Test
    void entitiesKnowNothingOfTheWebOrTheCache() {
        noClasses().that().areAnnotatedWith("jakarta.persistence.Entity")
                .should().dependOnClassesThat().resideInAnyPackage("news.newsroom.web..", "news.newsroom.cache..",
                        "jakarta.ws.rs..")
                .check(MAIN_CLASSES);
    }

    @Test
    void repositoriesKnowNothingOfHttpOrTheCache() {
        noClasses().that().haveSimpleNameEndingWith("Repository")
                .should().dependOnClassesThat().resideInAnyPackage("news.newsroom.cache..", "jakarta.ws.rs..")
                .check(MAIN_CLASSES);
    }

    private static boolean isBean(JavaClass type) {
        return !type.isRecord() && !type.isInterface()
                && (BEAN_ANNOTATIONS.stream().anyMatch(type::isAnnotatedWith)
                        || type.getFields().stream().anyMatch(field -> field.isAnnotatedWith("jakarta.inject.Inject")));
    }

    /** The constructor CDI calls: the one marked {@code @Inject}, else the only one. */
    private static Optional<JavaConstructor> injectingConstructor(JavaClass type) {
        Optional<JavaConstructor> marked = type.getConstructors().stream()
                .filter(constructor -> constructor.isAnnotatedWith("jakarta.inject.Inject")).findFirst();
        if (marked.isPresent() || type.getConstructors().size() != 1) {
            return marked;
        }
        return type.getConstructors().stream().findFirst();
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }
}
