package nl.matchpunt.organisations;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * The one security configuration: form login with local accounts, URL rules per role, and method security for
 * the services. Each module's services additionally limit every query to the user's own organisation.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

    /** Session attribute with the username of a failed login, so that the login form keeps what was typed. */
    public static final String LAST_USERNAME = "matchpunt.lastUsername";

    /** Session attribute set at login when an administrator reset the password: it must be changed first. */
    public static final String PASSWORD_CHANGE_REQUIRED = "matchpunt.passwordChangeRequired";

    /**
     * The JSON API ({@code /api/**}): stateless, authenticated by a corporation's {@code X-API-Key} (so no CSRF
     * token), 401/403 as problem details; the OpenAPI description and its viewer at {@code /api/docs} are public.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeyService apiKeys) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/api/docs",
                                "/api/docs/**",
                                "/api/docs.json",
                                "/api/docs.json/**",
                                "/api/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/api/v1/**")
                        .hasRole(Role.CORPORATION_STAFF.name())
                        .anyRequest()
                        .denyAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys), AnonymousAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint((request, response, exception) -> problem(
                                response, HttpStatus.UNAUTHORIZED, "Geen geldige API-sleutel in de kop X-API-Key."))
                        .accessDeniedHandler((request, response, exception) -> problem(
                                response, HttpStatus.FORBIDDEN, "Deze API-sleutel geeft geen toegang hiertoe.")));
        return http.build();
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "ApiKey header=\"X-API-Key\"");
        }
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                        + status.value() + ",\"detail\":\"" + detail + "\"}");
    }

    @Bean
    SecurityFilterChain webSecurity(
            HttpSecurity http,
            AccountService accountService,
            LoginThrottle throttle,
            SessionRegistry sessionRegistry,
            @Value("${matchpunt.security.max-sessions-per-account:5}") int maxSessionsPerAccount)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error",
                                "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/admin/**", "/actuator/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/coordinator/**")
                        .hasRole(Role.COORDINATOR.name())
                        .requestMatchers("/dwellings/**")
                        .hasAnyRole(Role.CORPORATION_STAFF.name(), Role.COORDINATOR.name())
                        .requestMatchers("/clients/**")
                        .hasAnyRole(Role.CARE_PROVIDER_STAFF.name(), Role.COORDINATOR.name())
                        .requestMatchers("/rounds/**")
                        .hasRole(Role.COORDINATOR.name())
                        .requestMatchers("/quota", "/quota/**")
                        .hasRole(Role.COORDINATOR.name())
                        // the list of longest waiting clients names other organisations' clients: not for corporations
                        .requestMatchers("/dashboard/waiting")
                        .hasAnyRole(Role.CARE_PROVIDER_STAFF.name(), Role.COORDINATOR.name())
                        .requestMatchers("/dashboard", "/dashboard/**")
                        .hasAnyRole(
                                Role.CORPORATION_STAFF.name(), Role.CARE_PROVIDER_STAFF.name(), Role.COORDINATOR.name())
                        .requestMatchers("/proposals/**", "/cases", "/cases/**")
                        .hasAnyRole(
                                Role.CORPORATION_STAFF.name(), Role.CARE_PROVIDER_STAFF.name(), Role.COORDINATOR.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(successHandler(accountService, throttle))
                        .failureHandler(failureHandler(throttle))
                        .permitAll())
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new PasswordChangeRequiredFilter(), AuthorizationFilter.class)
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .invalidateHttpSession(true)
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                        // at most this many sessions per account; a further login ends the oldest, so that what
                        // each session holds cannot be multiplied by logging in again and again
                        .maximumSessions(maxSessionsPerAccount)
                        .maxSessionsPreventsLogin(false)
                        .sessionRegistry(sessionRegistry)
                        .expiredUrl("/login?expired"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                        + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                        .ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Spring Security's password check with two changes: whether an account is disabled is told only after the
     * password proved right (by default it is checked first, which tells a stranger the name of a disabled
     * account), and an unknown name is checked against a dummy hash, as {@link DaoAuthenticationProvider} does by
     * itself, so that it takes as long as a known one.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("disabled");
            }
        });
        return provider;
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    private static SavedRequestAwareAuthenticationSuccessHandler successHandler(
            AccountService accountService, LoginThrottle throttle) {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(
                    HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                    throws IOException, ServletException {
                throttle.succeeded(authentication.getName(), request.getRemoteAddr());
                boolean changeRequired = accountService.recordSuccessfulLogin(authentication.getName());
                HttpSession session = request.getSession();
                session.removeAttribute(LAST_USERNAME);
                if (changeRequired) {
                    session.setAttribute(PASSWORD_CHANGE_REQUIRED, Boolean.TRUE);
                    response.sendRedirect(request.getContextPath() + "/account/password");
                    return;
                }
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        handler.setDefaultTargetUrl("/");
        return handler;
    }

    /**
     * A wrong password and an unknown username get the same answer ({@code ?error}); a disabled account is named
     * only to whoever typed its right password. The typed username is kept for the form only when it is of a sane
     * length, and only in a session that the login form already opened for its CSRF token (none is created here).
     */
    private static AuthenticationFailureHandler failureHandler(LoginThrottle throttle) {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            String username = request.getParameter("username");
            String name = username == null ? "" : username.strip();
            HttpSession session = request.getSession(false);
            if (session != null) {
                if (name.length() <= LoginThrottle.MAX_USERNAME_LENGTH) {
                    session.setAttribute(LAST_USERNAME, name);
                } else {
                    session.removeAttribute(LAST_USERNAME);
                }
            }
            String reason = "error";
            if (exception instanceof DisabledException) {
                reason = "disabled";
            } else {
                throttle.failed(name, request.getRemoteAddr());
            }
            response.sendRedirect(request.getContextPath() + "/login?" + reason);
        };
    }
}
