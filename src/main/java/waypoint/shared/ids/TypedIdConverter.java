package waypoint.shared.ids;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;

/**
 * Reads any {@link TypedId} from the text of a path variable or request parameter (and a UUID into one, for rows
 * read into records), one converter for every kind of id. A text that is not a UUID is refused as a malformed UUID
 * always was: the page answers 404 and the API a 400 problem naming the parameter.
 */
public final class TypedIdConverter implements ConditionalGenericConverter {

    private final Map<Class<?>, Constructor<?>> constructors = new ConcurrentHashMap<>();

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, TypedId.class), new ConvertiblePair(UUID.class, TypedId.class));
    }

    @Override
    public boolean matches(TypeDescriptor source, TypeDescriptor target) {
        return TypedId.class.isAssignableFrom(target.getType()) && target.getType().isRecord();
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null || source instanceof String text && text.isBlank()) {
            return null; // as an empty UUID parameter is: absent
        }
        UUID value = source instanceof UUID uuid ? uuid : TypedId.uuid((String) source);
        try {
            return constructors.computeIfAbsent(targetType.getType(), TypedIdConverter::canonical).newInstance(value);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make a " + targetType.getType().getSimpleName(), e);
        }
    }

    private static Constructor<?> canonical(Class<?> type) {
        try {
            return type.getConstructor(UUID.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " is a TypedId without a public (UUID) constructor", e);
        }
    }
}
