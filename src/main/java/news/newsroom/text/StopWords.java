package news.newsroom.text;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Arabic function words (prepositions, conjunctions, pronouns, particles), in folded form. A search ignores them
 * among other words (so «الحرب في غزة» asks for الحرب and غزة), but they are still indexed: a phrase keeps them
 * in place, and a query made only of them still finds text.
 */
public final class StopWords {

    private static final Set<String> WORDS = Stream.of(
            "في", "من", "الى", "إلى", "على", "عن", "مع", "ب", "ل", "ك", "و", "ف", "ثم", "او", "أو", "ام", "أم",
            "بل", "لكن", "حتى", "منذ", "مذ", "عند", "لدى", "لدي", "خلال", "بين", "نحو", "حول", "دون", "ضد",
            "فوق", "تحت", "امام", "أمام", "خلف", "وراء", "قبل", "بعد", "عبر", "ان", "أن", "إن", "انه", "أنه", "إنه",
            "انها", "أنها", "إنها", "قد", "لقد", "لا", "لم", "لن", "ما", "ماذا", "متى", "اين", "أين", "كيف", "لماذا",
            "هل", "اذا", "إذا", "اذ", "إذ", "لو", "لولا", "كي", "لكي", "كان", "كانت", "يكون", "تكون", "كانوا", "ليس",
            "ليست", "هو", "هي", "هم", "هن", "هما", "انا", "أنا", "نحن", "انت", "أنت", "انتم", "أنتم", "هذا", "هذه",
            "ذلك", "تلك", "هؤلاء", "اولئك", "أولئك", "هنا", "هناك", "الذي", "التي", "الذين", "اللذان", "اللتان",
            "اللواتي", "اللاتي", "كل", "بعض", "غير", "سوى", "أي", "اي", "كما", "مثل", "ايضا", "أيضا", "فقط", "جدا",
            "به", "بها", "بهم", "له", "لها", "لهم", "منه", "منها", "منهم", "فيه", "فيها", "فيهم", "عليه", "عليها",
            "عليهم", "عنه", "عنها", "اليه", "إليه", "اليها", "إليها", "التى", "الا", "إلا", "مما",
            "عما", "فيما", "بما", "كذلك", "وفي", "ومن", "وعلى", "وهو", "وهي", "وقد", "وكان", "وأن", "وان", "حين",
            "حيث", "بينما", "عندما", "لأن", "لان", "يا", "اما", "أما", "إما", "سوف", "ذات", "ذو", "ذي")
            .map(ArabicText::normalize)
            .collect(Collectors.toUnmodifiableSet());

    private StopWords() {
    }

    /** True for a folded word that carries no topic on its own. */
    public static boolean contains(String folded) {
        return WORDS.contains(folded);
    }
}
