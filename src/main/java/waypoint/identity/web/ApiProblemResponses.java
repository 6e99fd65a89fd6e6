package waypoint.identity.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every error an operation can answer is described as what it is on the wire: an RFC 9457 problem, media type
 * {@code application/problem+json}, with the invalid fields under {@code errors} for a 400. See docs/domain/api.md.
 */
@Configuration(proxyBeanMethods = false)
class ApiProblemResponses {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "Problem.FieldError";
    static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            Components components = openApi.getComponents() != null ? openApi.getComponents() : new Components();
            openApi.setComponents(components);
            components.addSchemas(FIELD_ERROR, typed("object").description("A field the request got wrong, and what to do about it")
                    .addProperty("field", typed("string").description("The member of the request body, or the parameter"))
                    .addProperty("message", typed("string").description("What is wrong, in words to show the person")));
            components.addSchemas(PROBLEM, typed("object").description("An RFC 9457 problem")
                    .addProperty("type", typed("string").description("A URI naming the kind of problem; about:blank when the status says it all"))
                    .addProperty("title", typed("string"))
                    .addProperty("status", typed("integer"))
                    .addProperty("detail", typed("string").description("What went wrong with this request"))
                    .addProperty("instance", typed("string").description("The address asked for"))
                    .addProperty("errors", typed("array").items(ref(FIELD_ERROR))
                            .description("With 400 'Invalid request': each invalid field")));
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    describeProblems(path, method, operation)));
        };
    }

    private static void describeProblems(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        operation.setResponses(responses);
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean public_ = operation.getSecurity() != null && operation.getSecurity().isEmpty()
                || "/api/v1/auth/token".equals(path);
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        if (takesInput) {
            expected.put("400", "Invalid request: the invalid fields are listed under 'errors'; or a body that is not JSON of the expected shape");
        }
        if (!public_) {
            expected.put("401", "No valid bearer token");
            expected.put("403", "The token's holder may not do this");
        }
        if (path.contains("{")) {
            expected.put("404", "No such record");
        }
        if (operation.getRequestBody() != null) {
            expected.put("413", "The body is larger than the API takes");
            expected.put("415", "The body is not sent as application/json");
        }
        expected.put("500", "Something went wrong on our side; the request was not completed");
        expected.forEach((code, description) -> {
            if (!responses.containsKey(code)) {
                responses.addApiResponse(code, new ApiResponse().description(description));
            }
        });
        responses.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5") || "default".equals(code)) {
                response.setContent(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(ref(PROBLEM))));
                if (response.getDescription() == null || response.getDescription().isBlank()) {
                    response.setDescription(expected.getOrDefault(code, "A problem"));
                }
            }
        });
    }

    /** A schema of one type, written so that either version of the description (3.0 or 3.1) shows the type. */
    private static Schema<Object> typed(String type) {
        Schema<Object> schema = new Schema<>();
        schema.setType(type);
        schema.setTypes(new java.util.LinkedHashSet<>(List.of(type)));
        return schema;
    }

    private static Schema<Object> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }
}
