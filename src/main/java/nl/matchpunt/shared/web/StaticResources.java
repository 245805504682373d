package nl.matchpunt.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.ContentVersionStrategy;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Style sheets, scripts, images and web jars: served only under a name that carries a hash of their content
 * ({@code /css/matchpunt-<md5>.css}, {@code /webjars/htmx.org/2.0.10/dist/htmx.min-<md5>.js}) and cached by browsers
 * for a year, since a changed file gets a new name. Templates write the plain path ({@code @{/css/matchpunt.css}});
 * Spring's {@code ResourceUrlEncodingFilter} (registered by Spring Boot because the resource chain is enabled) turns
 * it into the versioned one on every page, error pages included.
 *
 * <p>Why these handlers are ours and not Spring Boot's (issue 20): Boot's default static handler is mapped to
 * {@code /**}, and the resource chain passes every URL that a page writes ({@code th:href}, {@code th:action}, via
 * {@code response.encodeURL}) to the handler whose pattern matches it. With {@code /**} that is every link on the page
 * ({@code /clients/123}, {@code /proposals?page=2}), each one looked up in four class-path locations and in the web
 * jars, and a miss is not cached: a flight recording put 51–87% of the request threads' CPU there. So
 * {@code spring.web.resources.add-mappings=false} switches Boot's handlers off, and these four patterns are the only
 * ones the resource chain knows: a page link matches none of them and is written unchanged at the cost of four
 * pattern matches. An unknown path is no longer a static resource (it gets the ordinary 404 or login redirect).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    /** Safe because a resource is only served under its content hash: new content, new URL. */
    private static final CacheControl VERSIONED =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        register(registry, "/css/**", "classpath:/static/css/", false);
        register(registry, "/js/**", "classpath:/static/js/", false);
        register(registry, "/img/**", "classpath:/static/img/", false);
        // Templates name a web jar without its version; the web jar locator fills it in, then the content hash.
        register(registry, "/webjars/**", "classpath:/META-INF/resources/webjars/", true);
    }

    private static void register(ResourceHandlerRegistry registry, String pattern, String location, boolean webJars) {
        var chain = registry.addResourceHandler(pattern)
                .addResourceLocations(location)
                .setCacheControl(VERSIONED)
                .resourceChain(true) // resolved URLs and resources are cached
                .addResolver(new ContentHashRequired())
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        if (webJars) {
            chain.addResolver(new LiteWebJarsResourceResolver());
        }
        chain.addResolver(new PathResourceResolver());
    }

    /**
     * Refuses a request for a resource without its content hash (a bookmarked {@code /css/matchpunt.css}, an old
     * page's hash is refused by the version resolver itself), so that nothing is ever cached for a year under a name
     * whose content may change. Writing URLs passes through untouched.
     */
    static final class ContentHashRequired extends AbstractResourceResolver {

        private static final Pattern MD5 = Pattern.compile("[0-9a-f]{32}");

        private final ContentVersionStrategy strategy = new ContentVersionStrategy();

        @Override
        protected @Nullable Resource resolveResourceInternal(
                @Nullable HttpServletRequest request,
                String requestPath,
                List<? extends Resource> locations,
                ResourceResolverChain chain) {
            String version = strategy.extractVersion(requestPath);
            if (version == null || !MD5.matcher(version).matches()) {
                return null;
            }
            return chain.resolveResource(request, requestPath, locations);
        }

        @Override
        protected @Nullable String resolveUrlPathInternal(
                String resourceUrlPath, List<? extends Resource> locations, ResourceResolverChain chain) {
            return chain.resolveUrlPath(resourceUrlPath, locations);
        }
    }
}
