package waypoint.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every text in an API body is checked as it is read: one with a NUL character is a field error on that member
 * (a 400 problem), never a failure when the database refuses it. See docs/domain/api.md.
 */
@Configuration(proxyBeanMethods = false)
class JsonTextChecks {

    @Bean
    JacksonModule storableText() {
        return new SimpleModule("waypoint-stored-text").addDeserializer(String.class, new StorableString());
    }

    static final class StorableString extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (StoredText.hasNul(text)) {
                throw new NulInText(parser, text);
            }
            return text;
        }
    }

    /** Read by {@link ApiProblemHandler} as a field error with {@link StoredText#NUL_MESSAGE}. */
    static final class NulInText extends InvalidFormatException {

        NulInText(JsonParser parser, String value) {
            super(parser, StoredText.NUL_MESSAGE, value, String.class);
        }
    }
}
