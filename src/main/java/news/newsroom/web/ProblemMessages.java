package news.newsroom.web;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up problem titles, details and field messages in {@code messages/problems_{ar,en}.properties}. */
final class ProblemMessages {

    private static final String BUNDLE = "messages.problems";

    private ProblemMessages() {
    }

    static String text(Language language, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK_TO_JVM_LOCALE);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        // Numbers are passed as plain text: ids and limits stay in ASCII digits, ungrouped, in both languages.
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number ? String.valueOf(args[i]) : args[i];
        }
        return new MessageFormat(pattern, language.locale()).format(plain);
    }

    /** Without this, a JVM started with another default locale would answer in that locale's bundle. */
    private static final ResourceBundle.Control NO_FALLBACK_TO_JVM_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
