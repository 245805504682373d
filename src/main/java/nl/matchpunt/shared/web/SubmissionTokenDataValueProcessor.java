package nl.matchpunt.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Adds a fresh, random submission token as a hidden field to every form that posts (beside the CSRF token that the
 * wrapped processor adds), so that {@link DuplicateSubmissionInterceptor} can recognise the same form sent twice.
 * Thymeleaf asks for the hidden fields of each {@code th:action} form right after telling the form's method.
 */
final class SubmissionTokenDataValueProcessor implements RequestDataValueProcessor {

    static final String FIELD = "_submission";

    private static final String POSTING_FORM = SubmissionTokenDataValueProcessor.class.getName() + ".posting";

    private final RequestDataValueProcessor delegate;

    SubmissionTokenDataValueProcessor(RequestDataValueProcessor delegate) {
        this.delegate = delegate;
    }

    @Override
    public String processAction(HttpServletRequest request, String action, String method) {
        if (method != null && "post".equals(method.toLowerCase(Locale.ROOT))) {
            request.setAttribute(POSTING_FORM, Boolean.TRUE);
        } else {
            request.removeAttribute(POSTING_FORM);
        }
        return delegate.processAction(request, action, method);
    }

    @Override
    public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
        return delegate.processFormFieldValue(request, name, value, type);
    }

    @Override
    public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> delegated = delegate.getExtraHiddenFields(request);
        if (delegated != null) {
            fields.putAll(delegated);
        }
        if (Boolean.TRUE.equals(request.getAttribute(POSTING_FORM))) {
            request.removeAttribute(POSTING_FORM);
            fields.put(FIELD, UUID.randomUUID().toString());
        }
        return fields;
    }

    @Override
    public String processUrl(HttpServletRequest request, String url) {
        return delegate.processUrl(request, url);
    }
}
