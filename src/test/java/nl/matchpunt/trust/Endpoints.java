package nl.matchpunt.trust;

import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The application's own endpoints, read at run time from {@link RequestMappingHandlerMapping}, so that the trust
 * checks cover every endpoint a module adds without being told. Infrastructure endpoints (the error controller, ours
 * or Spring Boot's, and the OpenAPI viewer) are left out; a mapping without HTTP methods counts as both GET and POST.
 */
record Endpoints(List<Endpoint> all) {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:*]+)(?::[^}]*)?}");

    private static final Set<String> INFRASTRUCTURE_PACKAGES = Set.of("org.springframework.boot", "org.springdoc");

    static Endpoints of(RequestMappingHandlerMapping mapping) {
        List<Endpoint> endpoints = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            String type = handler.getBeanType().getName();
            if (INFRASTRUCTURE_PACKAGES.stream().anyMatch(type::startsWith)
                    || org.springframework.boot.webmvc.error.ErrorController.class.isAssignableFrom(
                            handler.getBeanType())) {
                return;
            }
            for (String pattern : patterns(info)) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    methods = Set.of(RequestMethod.GET, RequestMethod.POST);
                }
                for (RequestMethod method : methods) {
                    endpoints.add(new Endpoint(method.name(), pattern, variables(pattern), handler));
                }
            }
        });
        endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        return new Endpoints(List.copyOf(endpoints));
    }

    private static Set<String> patterns(RequestMappingInfo info) {
        return info.getPathPatternsCondition() != null
                ? info.getPathPatternsCondition().getPatternValues()
                : info.getPatternValues();
    }

    private static List<String> variables(String pattern) {
        List<String> names = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(pattern);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return List.copyOf(names);
    }

    List<Endpoint> gets() {
        return all.stream().filter(e -> e.method().equals("GET")).toList();
    }

    List<Endpoint> stateChanging() {
        return all.stream().filter(Endpoint::changesState).toList();
    }

    record Endpoint(String method, String pattern, List<String> variables, HandlerMethod handler) {

        boolean isApi() {
            return pattern.startsWith("/api/");
        }

        boolean changesState() {
            return Set.of("POST", "PUT", "PATCH", "DELETE").contains(method);
        }

        boolean hasVariables() {
            return !variables.isEmpty();
        }

        /** The first variable that names a record ({@code id} or {@code somethingId}), or null. */
        String idVariable() {
            return variables.stream().filter(Endpoint::isId).findFirst().orElse(null);
        }

        static boolean isId(String variable) {
            return variable.equals("id") || variable.endsWith("Id");
        }

        /** The path segment just before {@code {variable}}: the kind of record it names. */
        String segmentBefore(String variable) {
            String before = pattern.substring(0, pattern.indexOf("{" + variable));
            String[] segments = before.split("/");
            return segments.length == 0 ? "" : segments[segments.length - 1];
        }

        String firstSegment() {
            String[] segments = pattern.split("/");
            return segments.length > 1 ? segments[1] : "";
        }

        /** The form object bound by the handler ({@code @ModelAttribute} or {@code @Valid}), or null. */
        Class<?> formClass() {
            for (Parameter parameter : handler.getMethod().getParameters()) {
                boolean modelAttribute = parameter.isAnnotationPresent(ModelAttribute.class);
                boolean valid = parameter.isAnnotationPresent(jakarta.validation.Valid.class)
                        || parameter.isAnnotationPresent(org.springframework.validation.annotation.Validated.class);
                if ((modelAttribute || valid) && !isSimple(parameter.getType())) {
                    return parameter.getType();
                }
            }
            return null;
        }

        private static boolean isSimple(Class<?> type) {
            return type.isPrimitive() || type.getName().startsWith("java.") || type.isEnum();
        }

        /** The path with every variable filled by {@code value}. */
        String path(java.util.function.Function<String, String> value) {
            Matcher matcher = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(path, Matcher.quoteReplacement(value.apply(matcher.group(1))));
            }
            matcher.appendTail(path);
            return path.toString();
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }
}
