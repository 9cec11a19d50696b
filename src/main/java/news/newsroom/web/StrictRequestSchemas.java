package news.newsroom.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Says in the document what the service already refuses, so that clients (and the fuzzer) can tell a valid
 * request from the schema alone: ids are whole numbers from 1 ({@code QueryParameters.id} answers 400 below
 * that), and request bodies carry no fields besides their schema's ({@code fail-on-unknown-properties} answers
 * 400 to them). Run by {@link ProblemResponses} when the build generates openapi.yaml.
 */
final class StrictRequestSchemas {

    private static final String COMPONENT = "#/components/schemas/";

    private StrictRequestSchemas() {
    }

    static void apply(OpenAPI openAPI) {
        List<Schema> roots = new ArrayList<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(StrictRequestSchemas::idsFromOne);
                }
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                        && operation.getRequestBody().getContent().getMediaTypes() != null) {
                    for (MediaType media : operation.getRequestBody().getContent().getMediaTypes().values()) {
                        if (media.getSchema() != null) {
                            roots.add(media.getSchema());
                        }
                    }
                }
            }
        }
        Map<String, Schema> components = openAPI.getComponents() == null ? Map.of()
                : openAPI.getComponents().getSchemas();
        Set<String> seen = new HashSet<>();
        roots.forEach(root -> refuseUnknownFields(root, components, seen));
    }

    /** A long parameter is an id: the parameter converter refuses anything below 1 with a 400. */
    private static void idsFromOne(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema != null && "int64".equals(schema.getFormat()) && schema.getMinimum() == null) {
            schema.setMinimum(BigDecimal.ONE);
        }
    }

    private static void refuseUnknownFields(Schema schema, Map<String, Schema> components, Set<String> seen) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(COMPONENT.length());
            if (seen.add(name)) {
                refuseUnknownFields(components.get(name), components, seen);
            }
            return;
        }
        if (schema.getProperties() != null && !schema.getProperties().isEmpty()
                && schema.getAdditionalPropertiesSchema() == null && schema.getAdditionalPropertiesBoolean() == null) {
            schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> refuseUnknownFields(property, components, seen));
        }
        refuseUnknownFields(schema.getItems(), components, seen);
        for (List<Schema> choices : new List[] {schema.getOneOf(), schema.getAnyOf(), schema.getAllOf()}) {
            if (choices != null) {
                choices.forEach(choice -> refuseUnknownFields(choice, components, seen));
            }
        }
    }
}
