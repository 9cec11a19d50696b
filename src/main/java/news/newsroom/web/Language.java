package news.newsroom.web;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/** The two languages the API answers in; Arabic unless the client prefers English. */
public enum Language {
    AR(Locale.forLanguageTag("ar")),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String tag() {
        return locale.getLanguage();
    }

    /** The first of Accept-Language's choices (in q order) that we speak; Arabic when none is. */
    public static Language preferredBy(HttpHeaders headers) {
        if (headers == null) {
            return AR;
        }
        List<Locale> acceptable;
        try {
            acceptable = headers.getAcceptableLanguages();
        } catch (RuntimeException malformedHeader) {
            return AR;
        }
        for (Locale candidate : acceptable) {
            String language = candidate.getLanguage();
            if ("ar".equalsIgnoreCase(language)) {
                return AR;
            }
            if ("en".equalsIgnoreCase(language)) {
                return EN;
            }
        }
        return AR;
    }
}
