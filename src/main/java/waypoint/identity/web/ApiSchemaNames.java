package waypoint.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names each schema of the API description after its module and the class that declares it
 * ({@code enrolment.RulesApi.EvaluateRequest}), so two modules' {@code CreateRequest}s, or two APIs' {@code Page}s,
 * are two schemas instead of one schema that describes only one of them. Library types keep their own names.
 * See docs/domain/api.md.
 */
@Configuration(proxyBeanMethods = false)
class ApiSchemaNames {

    /**
     * Takes the place of the description's standard model resolver, at the same place in the chain (after springdoc
     * has registered its own converters in front of it, which keep working as before).
     */
    @Bean
    SmartInitializingSingleton moduleQualifiedSchemaNames(SpringDocConfigProperties properties) {
        return () -> {
            boolean openapi31 = properties.isOpenapi31();
            ModelConverters converters = ModelConverters.getInstance(openapi31);
            List<ModelConverter> chain = new ArrayList<>(converters.getConverters());
            for (int i = 0; i < chain.size(); i++) {
                if (chain.get(i).getClass() == ModelResolver.class) {
                    ModelResolver standard = (ModelResolver) chain.get(i);
                    chain.set(i, new ModelResolver(openapi31 ? Json31.mapper() : Json.mapper(), new Names())
                            .openapi31(standard.isOpenapi31()).schemaResolution(standard.getSchemaResolution()));
                }
            }
            chain.forEach(converters::removeConverter);
            for (int i = chain.size() - 1; i >= 0; i--) {
                converters.addConverter(chain.get(i)); // each goes in front, so backwards keeps the order
            }
        };
    }

    /** {@code waypoint.<module>...Outer$Inner} becomes {@code <module>.Outer.Inner}; should two still meet, the full name. */
    static final class Names extends TypeNameResolver {

        private final Map<String, Class<?>> taken = new ConcurrentHashMap<>();

        @Override
        protected String nameForClass(Class<?> cls, Set<Options> options) {
            String name = super.nameForClass(cls, options);
            if (!cls.getName().startsWith("waypoint.") || !name.equals(cls.getSimpleName())) {
                return name; // a library type, or a name the class gives itself with @Schema
            }
            String qualified = moduleOf(cls) + "." + nestedName(cls);
            Class<?> holder = taken.putIfAbsent(qualified, cls);
            return holder == null || holder == cls ? qualified : cls.getName().replace('$', '.');
        }

        static String moduleOf(Class<?> cls) {
            String[] packages = cls.getPackageName().split("\\.");
            return packages.length > 1 ? packages[1] : packages[0];
        }

        static String nestedName(Class<?> cls) {
            return cls.getEnclosingClass() == null ? cls.getSimpleName()
                    : nestedName(cls.getEnclosingClass()) + "." + cls.getSimpleName();
        }
    }
}
