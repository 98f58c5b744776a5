package dk.ringtjek.web;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.FormParam;

import org.jboss.resteasy.reactive.RestForm;

/**
 * The rules every request's input must pass before anything of it reaches the application, in one
 * place: no NUL anywhere (PostgreSQL refuses the character 0x00 in text, so one in a form field, query
 * or header turned into a 500), and no form field sent twice unless the form takes a list there. A
 * person's browser never sends either; a second value of a single-valued field only lets a bot pick
 * which one each check reads (the honeypot read the empty first one, the report saved the second).
 * <p>
 * {@link InputGuards} applies these to the request line, the headers and every REST form.
 */
public final class RequestInput {

    private static final Map<Method, Set<String>> LIST_FIELDS = new ConcurrentHashMap<>();

    private RequestInput() {
    }

    /** Whether the text holds a NUL, as the character or as a %-escape (%00) still to be decoded. */
    public static boolean hasNul(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c == '%' && i + 2 < text.length() && text.charAt(i + 1) == '0' && text.charAt(i + 2) == '0') {
                return true;
            }
        }
        return false;
    }

    /** Whether the decoded value holds a NUL. */
    public static boolean hasNulChar(String value) {
        return value != null && value.indexOf(0) >= 0;
    }

    /**
     * The form fields the resource method takes as a list (a {@code List} or {@code Set} parameter or
     * bean field): only these may come more than once.
     */
    public static Set<String> listFields(Method method) {
        return LIST_FIELDS.computeIfAbsent(method, RequestInput::findListFields);
    }

    private static Set<String> findListFields(Method method) {
        Set<String> names = new HashSet<>();
        for (Parameter parameter : method.getParameters()) {
            String name = formName(parameter.getAnnotation(RestForm.class), parameter.getAnnotation(FormParam.class),
                    parameter.getName());
            if (name != null) {
                addIfList(names, name, parameter.getType());
            } else if (!parameter.getType().isPrimitive() && !parameter.getType().getName().startsWith("java.")) {
                for (Field field : parameter.getType().getFields()) {
                    String fieldName = formName(field.getAnnotation(RestForm.class),
                            field.getAnnotation(FormParam.class), field.getName());
                    if (fieldName != null) {
                        addIfList(names, fieldName, field.getType());
                    }
                }
            }
        }
        return Set.copyOf(names);
    }

    private static String formName(RestForm rest, FormParam jaxrs, String declared) {
        if (rest != null) {
            return rest.value().isEmpty() ? declared : rest.value();
        }
        return jaxrs == null ? null : jaxrs.value();
    }

    private static void addIfList(Set<String> names, String name, Class<?> type) {
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            names.add(name);
        }
    }
}
