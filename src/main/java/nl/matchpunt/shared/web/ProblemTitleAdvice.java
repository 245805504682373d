package nl.matchpunt.shared.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem detail the application writes (a handler's refusal, the framework's own) gets the Dutch title of
 * its status, the one the error pages show, instead of the English reason phrase; the detail is the handler's own.
 */
@ControllerAdvice
class ProblemTitleAdvice implements ResponseBodyAdvice<Object> {

    private final MessageSource messages;

    ProblemTitleAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public @Nullable Object beforeBodyWrite(
            @Nullable Object body,
            MethodParameter returnType,
            MediaType selectedContentType,
            Class<? extends HttpMessageConverter<?>> selectedConverterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            HttpStatus status = HttpStatus.resolve(problem.getStatus());
            if (status != null && status.isError()) {
                problem.setTitle(messages.getMessage(
                        ErrorPagesController.titleKey(status), null, LocaleContextHolder.getLocale()));
            }
        }
        return body;
    }
}
