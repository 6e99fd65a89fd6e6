package waypoint.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import waypoint.identity.ExternalAccess;

/**
 * Two ways in: pages use a session from the sign-in form (with CSRF protection); the API under /api uses bearer
 * tokens and no session. URL rules here only separate public from signed-in; what each person may do with a
 * record is decided by the modules' policy classes.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(WaypointUserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        return new ProviderManager(provider);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, WaypointUserDetailsService users,
            ExternalAccess external, ApplicationEventPublisher events, Clock clock) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                // stateless, and never touching a session a browser sends along: with the default session-fixation
                // strategy a bearer-token call changed the id of the caller's page session, so the pages' next
                // request (with the old cookie, from another tab or a concurrent request) was signed out
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(fixation -> fixation.none()))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, users), AnonymousAuthenticationFilter.class)
                // people outside the provider: within their grant's days, reading only, every read audited
                .addFilterBefore(new ExternalAccessFilter(external, events, clock.getZone(), true),
                        AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/auth/token").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problem(response, HttpStatus.UNAUTHORIZED,
                                "Sign in first: send 'Authorization: Bearer <token>' from POST /api/v1/auth/token."))
                        .accessDeniedHandler((request, response, e) -> problem(response, HttpStatus.FORBIDDEN,
                                "You do not have access to this.")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SignInFailureHandler failureHandler, SignInSuccessHandler successHandler,
            JdbcClient jdbc, SecondFactors secondFactors, AccountSessions sessions, PasskeySignIn passkeys,
            PasskeyRegistrations passkeyRegistrations, ExternalAccess external, ApplicationEventPublisher events,
            Clock clock) throws Exception {
        singleSignOn(http);
        // adding a passkey: only the one the account page checked (its name, and a fresh code where there is an app)
        http.addFilterAfter(passkeyRegistrations.guard(),
                org.springframework.security.web.access.ExceptionTranslationFilter.class);
        http.addFilterAfter(new ActiveAccountFilter(jdbc), SecurityContextHolderFilter.class)
                .addFilterAfter(new SessionLifetimeFilter(sessions), ActiveAccountFilter.class)
                // people outside the provider: within their grant's days, reading only, every read audited
                .addFilterAfter(new ExternalAccessFilter(external, events, clock.getZone(), false),
                        SessionLifetimeFilter.class)
                .addFilterAfter(new SecondFactorGate(secondFactors), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/sign-in", "/account/set-password", "/account/reset-password/**",
                                "/accessibility", "/error", "/webjars/**", "/css/**", "/js/**", "/favicon.ico",
                                "/v3/api-docs/**", "/api-docs", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        // the page telling someone outside the provider that their access has ended
                        .requestMatchers(ExternalAccessFilter.ENDED_PAGE).permitAll()
                        // the public feedback form (feedback module): anyone, without an account
                        .requestMatchers("/feedback/new", "/feedback/new/sent").permitAll()
                        // the provider's course pages and their enquiry and application forms (admissions module)
                        .requestMatchers("/courses", "/courses/**").permitAll()
                        // the provider's privacy notice (documents module): people read it before they sign in
                        .requestMatchers("/privacy-notice").permitAll()
                        // calendar feeds (delivery module): calendar apps subscribe without signing in; the secret
                        // in the address is the key, checked by the feed itself
                        .requestMatchers("/calendar/*.ics").permitAll()
                        // an end-point assessor's time-limited showcase link (portfolio module): the token is the key
                        .requestMatchers("/showcase/**").permitAll()
                        .requestMatchers("/dev/mailbox/**").hasRole("ADMINISTRATOR")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/sign-in")
                        .usernameParameter("email")
                        .failureHandler(failureHandler)
                        .successHandler(successHandler)
                        .permitAll())
                // passkeys: registering one (signed in) and signing in with one (docs/domain/sign-in.md)
                .webAuthn(webAuthn -> passkeys.configure(http, webAuthn))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out")
                        .deleteCookies("WAYPOINT_SESSION"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .requestCache(cache -> cache.requestCache(pageRequestCache()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    /**
     * Staff single sign-on through the organisation's identity provider over OpenID Connect, only when one is
     * configured (docs/adr/0010-staff-single-sign-on.md): the provider's person becomes their Waypoint account, so
     * everything after (the second-factor gate, disabling, sessions) is as after a password. Called before the URL
     * rules, as its own pages are open to everyone.
     */
    private static void singleSignOn(HttpSecurity http) throws Exception {
        ApplicationContext context = http.getSharedObject(ApplicationContext.class);
        SingleSignOn provider = context.getBean(SingleSignOn.class);
        if (!provider.configured()) {
            return;
        }
        SignInRefusalsByAddress addresses = context.getBean(SignInRefusalsByAddress.class);
        AuthenticationFailureHandler failure = new SingleSignOnHandlers.Failure(context,
                context.getBean(waypoint.shared.operations.Metrics.class), context.getBean(SignInAttempts.class),
                addresses);
        http.addFilterBefore(new SingleSignOnHandlers.Throttle(addresses), OAuth2AuthorizationRequestRedirectFilter.class);
        http.authorizeHttpRequests(auth -> auth.requestMatchers(SingleSignOn.REFUSED).permitAll())
                .oauth2Login(login -> login
                        .loginPage("/sign-in")
                        .loginProcessingUrl(SingleSignOn.CALLBACK)
                        .clientRegistrationRepository(provider)
                        // Waypoint calls nothing at the provider afterwards, so keeps none of its tokens
                        .authorizedClientRepository(new NoAuthorizedClients())
                        .authorizationEndpoint(endpoint -> endpoint.baseUri(SingleSignOn.START))
                        .redirectionEndpoint(endpoint -> endpoint.baseUri(SingleSignOn.CALLBACK))
                        .userInfoEndpoint(user -> user.oidcUserService(new SingleSignOnUsers(
                                context.getBean(UserAccountRepository.class), context.getBean(FirstSingleSignOn.class),
                                context.getBean(java.time.Clock.class))))
                        .successHandler(new SingleSignOnHandlers.Success(
                                context.getBean(WaypointUserDetailsService.class), context.getBean(SignInAttempts.class),
                                context.getBean(AccountSessions.class), pageRequestCache()))
                        .failureHandler(failure)
                        // the ID token decoder keeps the checked token, so a nonce mismatch can name its account
                        .withObjectPostProcessor(new ObjectPostProcessor<OidcAuthorizationCodeAuthenticationProvider>() {
                            @Override
                            public <O extends OidcAuthorizationCodeAuthenticationProvider> O postProcess(O provider) {
                                provider.setJwtDecoderFactory(new CheckedIdTokens());
                                return provider;
                            }
                        })
                        .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                            // a provider that cannot be reached when the button is pressed: the same clear page
                            @Override
                            public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(failure);
                                return filter;
                            }
                        }));
    }

    /** Keeps no access or refresh token from the identity provider: signing in is all Waypoint asks of it. */
    private static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String clientRegistrationId,
                Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
                HttpServletRequest request, HttpServletResponse response) {
        }

        @Override
        public void removeAuthorizedClient(String clientRegistrationId, Authentication principal,
                HttpServletRequest request, HttpServletResponse response) {
        }
    }

    /**
     * After signing in, people go back to the page they asked for, never to a font, image or script that a page
     * loaded while they were signed out (which would land them on a 404).
     */
    private static RequestCache pageRequestCache() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new AndRequestMatcher(request -> "GET".equals(request.getMethod()), html));
        return cache;
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
