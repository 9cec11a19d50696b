package news.newsroom.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.newsroom.web.FuzzFixtures.Identity;
import news.newsroom.web.FuzzValues.Kind;
import news.newsroom.web.FuzzValues.Value;

/**
 * One generated request for one operation of the document: every parameter and body field valid except (in
 * most cases) one target spoiled with a hostile value, sent by one {@link Identity}.
 *
 * @param target what was spoiled: a parameter, {@code body.<field>}, {@code body}, or empty when nothing was
 */
record FuzzRequest(String operationId, String method, String template, String uri, Map<String, String> headers,
        String body, Identity identity, Kind kind, String target) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1");

    /** Draws the next request for {@code operation} at {@code template} from {@code values}. */
    static FuzzRequest generate(String method, String template, Operation operation, FuzzValues values,
            FuzzFixtures fixtures) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        Schema<?> bodySchema = jsonBody(operation);
        List<String> targets = new ArrayList<>();
        parameters.forEach(parameter -> targets.add(parameter.getIn() + ":" + parameter.getName()));
        if (bodySchema != null) {
            targets.add("body");
            if (bodySchema.getProperties() != null) {
                bodySchema.getProperties().keySet().forEach(name -> targets.add("body." + name));
            }
        }
        targets.add("accept");
        String target = targets.isEmpty() || values.chance(0.3) ? "" : values.pick(targets);
        Kind kind = Kind.VALID;

        String path = template;
        StringBuilder query = new StringBuilder();
        Map<String, String> headers = new LinkedHashMap<>();
        Identity identity = values.pick(List.of(Identity.values()));
        headers.putAll(fixtures.credentials(identity));
        for (Parameter parameter : parameters) {
            String key = parameter.getIn() + ":" + parameter.getName();
            boolean required = Boolean.TRUE.equals(parameter.getRequired());
            if (!key.equals(target) && !required && values.chance(0.5)) {
                continue;
            }
            String text;
            if (key.equals(target)) {
                Value hostile = values.hostileString(parameter.getSchema());
                if ("path".equals(parameter.getIn()) && !fitsInPath(hostile)) {
                    hostile = new Value("-1", Kind.NEGATIVE_NUMBER);
                }
                text = hostile.value().toString();
                kind = hostile.kind();
            } else {
                text = validParameter(template, parameter, values, fixtures);
            }
            switch (parameter.getIn()) {
                case "path" -> path = path.replace("{" + parameter.getName() + "}", encode(text).replace("+", "%20"));
                case "query" -> query.append(query.isEmpty() ? "?" : "&").append(encode(parameter.getName()))
                        .append('=').append(encode(text));
                default -> headers.put(parameter.getName(), text);
            }
        }
        if ("accept".equals(target)) {
            headers.put("Accept", values.pick(List.of("application/xml", "text/html", "image/png")));
            kind = Kind.NOT_ACCEPTABLE;
        }
        if (identity == Identity.FORGED && kind == Kind.VALID) {
            kind = Kind.BAD_CREDENTIALS;
        }
        String body = null;
        if (bodySchema != null) {
            headers.put("Content-Type", jsonType(operation));
            Object tree = validBody(template, bodySchema, values, fixtures);
            if ("body".equals(target)) {
                switch (values.random().nextInt(5)) {
                    case 0 -> {
                        body = values.pick(List.of("{", "{\"a\":", "[1,]", "{'a':1}", "\u0000", "{\"a\":1}}", "نص"));
                        kind = Kind.MALFORMED_JSON;
                    }
                    case 1 -> {
                        headers.put("Content-Type", values.pick(WRONG_CONTENT_TYPES));
                        kind = Kind.WRONG_CONTENT_TYPE;
                    }
                    case 2 -> {
                        Value hostile = values.pick(List.of(new Value(null, Kind.NULL), new Value(List.of(), Kind.WRONG_TYPE),
                                new Value("", Kind.EMPTY), new Value(values.deepNesting(), Kind.DEEP_NESTING)));
                        tree = hostile.value();
                        kind = hostile.kind();
                    }
                    case 3 -> {
                        if (tree instanceof Map<?, ?> map) {
                            @SuppressWarnings("unchecked")
                            Map<String, Object> object = (Map<String, Object>) map;
                            object.put(values.pick(List.of("unknownField", "__proto__", "id", "حقل")), "x");
                        }
                        kind = Kind.UNKNOWN_FIELD;
                    }
                    default -> {
                        body = "";
                        kind = Kind.EMPTY;
                    }
                }
            } else if (target.startsWith("body.") && tree instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> object = (Map<String, Object>) map;
                String field = target.substring("body.".length());
                if (values.chance(0.15) && bodySchema.getRequired() != null && bodySchema.getRequired().contains(field)) {
                    object.remove(field);
                    kind = Kind.MISSING_FIELD;
                } else {
                    Value hostile = values.hostile(bodySchema.getProperties().get(field));
                    object.put(field, hostile.value());
                    kind = hostile.kind();
                }
            }
            if (body == null) {
                body = json(tree);
            }
        }
        return new FuzzRequest(operation.getOperationId(), method, template, path + query, headers, body, identity,
                kind, target);
    }

    private static Schema<?> jsonBody(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        MediaType media = operation.getRequestBody().getContent().get(jsonType(operation));
        return media == null ? null : media.getSchema();
    }

    private static String validParameter(String template, Parameter parameter, FuzzValues values, FuzzFixtures fixtures) {
        List<?> real = "path".equals(parameter.getIn())
                ? fixtures.realPathValues(template, parameter.getName())
                : fixtures.realNamedValues(parameter.getName());
        if (!real.isEmpty() && values.chance("path".equals(parameter.getIn()) ? 0.85 : 0.5)) {
            return String.valueOf(values.pick(real));
        }
        if ("If-Match".equals(parameter.getName())) {
            return "\"" + values.random().nextInt(3) + "\"";
        }
        Object value = values.valid(parameter.getSchema());
        return String.valueOf(value);
    }

    private static Object validBody(String template, Schema<?> schema, FuzzValues values, FuzzFixtures fixtures) {
        Object tree = values.valid(schema);
        if (tree instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) map;
            for (String name : List.copyOf(object.keySet())) {
                List<?> real = fixtures.realNamedValues(name);
                if (!real.isEmpty() && values.chance(0.8)) {
                    object.put(name, object.get(name) instanceof List<?> ? List.of(values.pick(real)) : values.pick(real));
                }
            }
            if (template.startsWith("/api/v1/webhooks") && object.containsKey("url")) {
                object.put("url", "http://127.0.0.1:9/hook" + values.random().nextInt(100));
            }
            if (object.containsKey("challengeToken") && values.chance(0.7)) {
                var challenge = news.newsroom.comment.Readers.solvedChallenge();
                object.put("challengeToken", challenge.token());
                object.put("challengeAnswer", String.valueOf(challenge.answer()));
            }
        }
        return tree;
    }

    /** The operation's JSON media type: application/json, or another {@code +json} type such as merge-patch. */
    private static String jsonType(Operation operation) {
        return operation.getRequestBody().getContent().keySet().stream()
                .filter(type -> type.equals("application/json") || type.endsWith("+json"))
                .min(java.util.Comparator.comparing(type -> !type.equals("application/json"))).orElse("application/json");
    }

    private static boolean fitsInPath(Value value) {
        String text = String.valueOf(value.value());
        return !text.isBlank() && !text.contains("/") && !text.contains("\\") && !text.contains("..")
                && !text.contains("%") && text.length() < 2_000;
    }

    /** Percent-encodes UTF-8, and a lone surrogate as the bytes a careless client would send for it. */
    static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                encoded.append("%ED%A0%80");
            } else if (Character.isHighSurrogate(c)) {
                encoded.append(java.net.URLEncoder.encode(text.substring(i, i + 2), StandardCharsets.UTF_8));
                i++;
            } else {
                encoded.append(java.net.URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8));
            }
        }
        return encoded.toString();
    }

    /** JSON text of {@code tree}; a lone surrogate is written as its escape, which is valid JSON text. */
    static String json(Object tree) {
        String text;
        try {
            text = JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                escaped.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The request as a curl command line, to reproduce it by hand. */
    String asCurl() {
        StringBuilder curl = new StringBuilder("curl -i -X ").append(method.toUpperCase()).append(" 'http://localhost:8080")
                .append(uri).append('\'');
        headers.forEach((name, value) -> curl.append(" -H '").append(name).append(": ")
                .append(name.equals("Authorization") ? value.substring(0, Math.min(value.length(), 16)) + "…" : value)
                .append('\''));
        if (body != null) {
            curl.append(" --data-binary '").append(body.length() > 300 ? body.substring(0, 300) + "…" : body).append('\'');
        }
        return curl.toString();
    }
}
