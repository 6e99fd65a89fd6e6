package waypoint.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import waypoint.support.Api;
import waypoint.support.WaypointTest;

/**
 * The API description tells each operation's truth: for every operation that takes a JSON body, the schema the
 * description gives has exactly the members the handler reads, and an example built from that schema binds to the
 * handler's body type.
 */
@WaypointTest
class ApiDescriptionTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JsonMapper json;

    JsonNode document;

    @BeforeEach
    void readTheDescription() {
        Api.Response response = Api.at(port).get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        document = response.json();
    }

    @Test
    void for_every_operation_with_a_body_the_documented_schema_has_the_members_the_handler_reads_and_binds() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            MethodParameter body = bodyOf(mapping.getValue());
            if (body == null) {
                continue;
            }
            for (String pattern : mapping.getKey().getPatternValues()) {
                String path = pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}"); // as the description writes it
                if (!path.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod method : mapping.getKey().getMethodsCondition().getMethods()) {
                    String operation = method + " " + path;
                    JsonNode schema = document.path("paths").path(path).path(method.name().toLowerCase())
                            .path("requestBody").path("content").path("application/json").path("schema");
                    if (schema.isMissingNode()) {
                        wrong.add(operation + ": no JSON request body documented");
                        continue;
                    }
                    checked++;
                    compare(operation, "body", body.getGenericParameterType(), schema, wrong, 0);
                    String example = example(schema, 0).toString();
                    try {
                        json.readerFor(json.constructType(body.getGenericParameterType()))
                                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(example);
                    } catch (RuntimeException e) {
                        wrong.add(operation + ": the documented example " + example + " does not bind: " + e.getMessage());
                    }
                }
            }
        }
        assertThat(checked).as("operations with a JSON body").isGreaterThan(50);
        assertThat(wrong).isEmpty();
    }

    @Test
    void two_modules_request_types_of_the_same_name_are_two_schemas() {
        Set<String> names = new TreeSet<>();
        document.path("components").path("schemas").properties().forEach(e -> names.add(e.getKey()));

        assertThat(names).contains("epa.EpaApi.SignRequest", "review.ReviewsApi.SignRequest",
                "delivery.SessionForms.ScheduleForm")
                .allMatch(name -> name.matches("[A-Za-z0-9._-]+")); // what the OpenAPI Specification allows
    }

    @Test
    void an_amount_of_money_is_described_as_a_number_of_pounds_as_it_is_written() {
        JsonNode schemas = document.path("components").path("schemas");

        assertThat(typeOf(resolve(schemas.path("reporting.FundingApi.ApprenticeFunding").path("properties")
                .path("earningsTotal")))).isEqualTo("number");
        assertThat(typeOf(resolve(schemas.path("reporting.FundingApi.ForecastResponse").path("properties")
                .path("total")))).isEqualTo("number");
        assertThat(typeOf(resolve(schemas.path("enrolment.ApprenticeshipsApi.ApprenticeshipResponse").path("properties")
                .path("trainingPrice")))).isEqualTo("number");
    }

    private static MethodParameter bodyOf(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return parameter;
            }
        }
        return null;
    }

    /** The documented members against the record's components, down through nested records and lists of them. */
    private void compare(String operation, String where, Type type, JsonNode schema, List<String> wrong, int depth) {
        JsonNode resolved = resolve(schema);
        Class<?> raw = raw(type);
        if (depth > 6 || raw == null) {
            return;
        }
        if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
            if (type instanceof ParameterizedType generic) {
                compare(operation, where + "[]", generic.getActualTypeArguments()[0], resolved.path("items"), wrong, depth + 1);
            }
            return;
        }
        if (!raw.isRecord() || writtenAsItsValue(raw)) {
            return;
        }
        Set<String> java = new LinkedHashSet<>();
        for (RecordComponent component : raw.getRecordComponents()) {
            if (component.isAnnotationPresent(JsonIgnore.class) || component.getAccessor().isAnnotationPresent(JsonIgnore.class)) {
                continue;
            }
            JsonProperty renamed = component.getAnnotation(JsonProperty.class);
            String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
            java.add(name);
            compare(operation, where + "." + name, component.getGenericType(), resolved.path("properties").path(name),
                    wrong, depth + 1);
        }
        Set<String> documented = new LinkedHashSet<>();
        resolved.path("properties").properties().forEach(e -> documented.add(e.getKey()));
        if (!documented.equals(java)) {
            wrong.add(operation + ": " + where + " (" + raw.getName() + ") is documented with " + documented
                    + " but takes " + java + " (schema " + schema.path("$ref").asString("inline") + ")");
        }
    }

    /** A record whose component carries {@code @JsonValue} (a typed id, an amount) is one value in JSON, not an object. */
    private static boolean writtenAsItsValue(Class<?> record) {
        return java.util.Arrays.stream(record.getRecordComponents())
                .anyMatch(c -> c.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonValue.class)
                        || c.getAccessor().isAnnotationPresent(com.fasterxml.jackson.annotation.JsonValue.class));
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> cls) {
            return cls;
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> cls) {
            return cls;
        }
        return null;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 10 && current.has("$ref"); i++) {
            String name = current.get("$ref").asString().substring("#/components/schemas/".length());
            current = document.path("components").path("schemas").path(name);
        }
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            if (current.has(combined) && current.get(combined).size() > 0 && !current.has("properties")) {
                return resolve(current.get(combined).get(0));
            }
        }
        return current;
    }

    /** A value of the documented shape: the schema's own example where it gives one, else a plain one of its type. */
    private JsonNode example(JsonNode schema, int depth) {
        JsonNode resolved = resolve(schema);
        if (resolved.has("example")) {
            return resolved.get("example");
        }
        if (resolved.has("examples") && resolved.get("examples").size() > 0) {
            return resolved.get("examples").get(0);
        }
        if (resolved.has("enum") && resolved.get("enum").size() > 0) {
            return resolved.get("enum").get(0);
        }
        String type = typeOf(resolved);
        String format = resolved.path("format").asString("");
        switch (type) {
            case "integer":
                return json.getNodeFactory().numberNode(1);
            case "number":
                return json.getNodeFactory().numberNode(1);
            case "boolean":
                return json.getNodeFactory().booleanNode(true);
            case "array": {
                ArrayNode array = json.createArrayNode();
                if (depth < 6) {
                    array.add(example(resolved.path("items"), depth + 1));
                }
                return array;
            }
            case "string":
                return json.getNodeFactory().stringNode(switch (format) {
                    case "date" -> "2026-01-05";
                    case "date-time" -> "2026-01-05T10:00:00Z";
                    case "uuid" -> "3f6c2a9e-8d1b-4c7e-9a52-1b0e7d4c6f21";
                    case "email" -> "someone@example.com";
                    default -> "text";
                });
            default: {
                ObjectNode object = json.createObjectNode();
                if (depth < 6) {
                    resolved.path("properties").properties().forEach(e -> object.set(e.getKey(), example(e.getValue(), depth + 1)));
                }
                return object;
            }
        }
    }

    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!"null".equals(each.asString())) {
                    return each.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        if (schema.has("properties")) {
            return "object";
        }
        return schema.has("items") ? "array" : "string";
    }
}
