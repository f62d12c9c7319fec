package io.github.readiness.maven.reactor;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Converts this plugin's records to values any class realm can read, and back. Maven loads the plugin once per
 * distinct set of build extensions and plugin repositories, so two modules of one build may hold two copies of every
 * class of the plugin; what they share through the session must be of classes they both see: the JDK's and Maven's.
 * A record becomes the list of its components (nested records and enums converted the same way); anything else of
 * the plugin's own classes is refused, so a new field of such a type fails in the first test, not in a user's build.
 */
final class SessionValues {
    private SessionValues() {}

    /** The value with this plugin's records as lists and its enums as names. */
    static Object export(Object value) {
        if (value instanceof Record record) {
            List<Object> components = new ArrayList<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    components.add(export(component.getAccessor().invoke(record)));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
            return Collections.unmodifiableList(components); // components may be null
        }
        if (value instanceof Enum<?> constant && ownClass(constant.getDeclaringClass())) {
            return constant.name();
        }
        if (value instanceof Collection<?> collection) {
            collection.forEach(SessionValues::requireShared);
        } else if (value instanceof Map<?, ?> map) {
            map.keySet().forEach(SessionValues::requireShared);
            map.values().forEach(SessionValues::requireShared);
        }
        return requireShared(value);
    }

    /** The record (or enum, or value) {@link #export} made, rebuilt with this realm's classes. */
    static <T> T restore(Class<T> type, Object value) {
        if (value == null) {
            return null;
        }
        if (type.isRecord()) {
            List<?> values = (List<?>) value;
            RecordComponent[] components = type.getRecordComponents();
            Object[] arguments = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                arguments[i] = restore(components[i].getType(), values.get(i));
            }
            try {
                Constructor<T> constructor = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                constructor.setAccessible(true);
                return constructor.newInstance(arguments);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot rebuild " + type.getName(), e);
            }
        }
        if (type.isEnum()) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            T constant = (T) Enum.valueOf((Class) type, (String) value);
            return constant;
        }
        @SuppressWarnings("unchecked")
        T cast = (T) value; // primitives arrive boxed
        return cast;
    }

    private static Object requireShared(Object value) {
        if (value != null && !(value instanceof Record) && ownClass(value.getClass())) {
            throw new IllegalArgumentException(
                    value.getClass().getName() + " is the plugin's own class: another" + " class realm cannot read it");
        }
        return value;
    }

    private static boolean ownClass(Class<?> type) {
        return type.getClassLoader() != null && type.getClassLoader() == SessionValues.class.getClassLoader();
    }
}
