package waypoint.shared.web;

import java.lang.reflect.Type;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last line for text the database cannot keep, whichever page, API call or form field it came through: when
 * PostgreSQL refuses a value as longer than its column or as holding a NUL character, the request's own answers
 * that are to blame become field errors ({@link FieldValidationException}), so a page shows them in its error
 * summary and the API answers a 400 problem, never a 500. Outside a request (an import, a job) the database's error
 * stands. See docs/domain/api.md.
 */
@Configuration(proxyBeanMethods = false)
class StoredTextSafetyNet {

    static final String BODY = StoredTextSafetyNet.class.getName() + ".body";

    /** varchar(n) overflow, and the two ways PostgreSQL refuses a NUL (in text, and in JSON). */
    private static final Pattern TOO_LONG = Pattern.compile("value too long for type character varying\\((\\d+)\\)");

    @Bean
    static BeanPostProcessor storedTextTranslation(ObjectProvider<JsonMapper> json) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof JdbcTemplate template) {
                    template.setExceptionTranslator(new Translator(template.getExceptionTranslator(), json));
                }
                return bean;
            }
        };
    }

    /** Keeps each API request's body, so a refused value can be traced to the member that carried it. */
    @ControllerAdvice
    static class BodyKeeper extends RequestBodyAdviceAdapter {

        @Override
        public boolean supports(MethodParameter parameter, Type targetType,
                Class<? extends HttpMessageConverter<?>> converterType) {
            return true;
        }

        @Override
        public Object afterBodyRead(Object body, HttpInputMessage message, MethodParameter parameter, Type targetType,
                Class<? extends HttpMessageConverter<?>> converterType) {
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            if (request != null) {
                request.setAttribute(BODY, body, RequestAttributes.SCOPE_REQUEST);
            }
            return body;
        }
    }

    static final class Translator implements SQLExceptionTranslator {

        private final SQLExceptionTranslator standard;
        private final ObjectProvider<JsonMapper> json;

        Translator(SQLExceptionTranslator standard, ObjectProvider<JsonMapper> json) {
            this.standard = standard;
            this.json = json;
        }

        @Override
        public DataAccessException translate(String task, String sql, SQLException ex) {
            Map<String, String> errors = errorsFor(ex);
            if (!errors.isEmpty()) {
                throw new FieldValidationException(errors);
            }
            return standard.translate(task, sql, ex);
        }

        Map<String, String> errorsFor(SQLException ex) {
            Map<String, String> errors = new LinkedHashMap<>();
            if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
                return errors;
            }
            String state = ex.getSQLState() == null ? "" : ex.getSQLState();
            String message = ex.getMessage() == null ? "" : ex.getMessage();
            Matcher tooLong = TOO_LONG.matcher(message);
            if ("22001".equals(state) && tooLong.find()) {
                int limit = Integer.parseInt(tooLong.group(1));
                inputs(attributes.getRequest(), (field, text) -> {
                    if (text.codePointCount(0, text.length()) > limit) {
                        errors.putIfAbsent(field, StoredText.tooLong(limit));
                    }
                });
            } else if ("22021".equals(state) || "22P05".equals(state) || message.contains("0x00")) {
                inputs(attributes.getRequest(), (field, text) -> {
                    if (StoredText.hasNul(text)) {
                        errors.putIfAbsent(field, StoredText.NUL_MESSAGE);
                    }
                });
            }
            return errors;
        }

        /** Every text the request brought: its parameters (query and form fields) and its JSON body's members. */
        private void inputs(HttpServletRequest request, BiConsumer<String, String> each) {
            request.getParameterMap().forEach((name, values) -> {
                for (String value : values) {
                    if (value != null) {
                        each.accept(name, value);
                    }
                }
            });
            Object body = request.getAttribute(BODY);
            JsonMapper mapper = json.getIfAvailable();
            if (body != null && mapper != null) {
                walk("", mapper.valueToTree(body), each);
            }
        }

        private static void walk(String path, JsonNode node, BiConsumer<String, String> each) {
            if (node.isString()) {
                each.accept(path, node.asString());
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    walk(path + "[" + i + "]", node.get(i), each);
                }
            } else if (node.isObject()) {
                node.properties().forEach(e -> walk(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), each));
            }
        }
    }
}
