package nl.matchpunt.shared.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Dutch by default; {@code ?lang=en} switches to English and a cookie remembers the choice. Every posting form
 * carries a submission token, so that a form sent twice is processed once ({@link DuplicateSubmissionInterceptor}).
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    /** The name under which Spring Security registers the processor that adds the CSRF token to forms. */
    private static final String DATA_VALUE_PROCESSOR = "requestDataValueProcessor";

    private final DuplicateSubmissionInterceptor duplicateSubmissions;

    WebConfiguration(DuplicateSubmissionInterceptor duplicateSubmissions) {
        this.duplicateSubmissions = duplicateSubmissions;
    }

    @Bean
    static BeanPostProcessor submissionTokens() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof RequestDataValueProcessor processor
                        && !(bean instanceof SubmissionTokenDataValueProcessor)
                        && DATA_VALUE_PROCESSOR.equals(beanName)) {
                    return new SubmissionTokenDataValueProcessor(processor);
                }
                return bean;
            }
        };
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("matchpunt-lang");
        resolver.setDefaultLocale(DUTCH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(duplicateSubmissions).excludePathPatterns("/api/**");
    }
}
