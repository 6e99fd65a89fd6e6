package waypoint.support;

import java.io.IOException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server, in this JVM on a port of
 * its own, with a sign-in form of its own. Started once, before the suite's one application context, whose
 * {@code waypoint.oidc.*} properties point at it ({@link Initializer}, part of {@link WaypointTest}). Tests add the
 * people it knows, with the email claims and sign-in methods its ID tokens carry.
 */
public final class TestIdentityProvider {

    public static final String CLIENT_ID = "waypoint";
    /** The button's words: not "Sign in ...", which browser journeys use to find the password form's button. */
    public static final String BUTTON = "Continue with the test identity provider";
    private static final String CLIENT_SECRET = "test-client-secret";
    private static TestIdentityProvider started;

    private final AnnotationConfigServletWebServerApplicationContext server;
    private final People people;
    private final Clients clients;
    private final Outage outage;

    private TestIdentityProvider() {
        server = new AnnotationConfigServletWebServerApplicationContext(Server.class);
        people = server.getBean(People.class);
        clients = server.getBean(Clients.class);
        outage = server.getBean(Outage.class);
    }

    /**
     * The provider stops answering (every request 503) until {@link #comeBack()}: a provider that cannot be reached,
     * without touching the suite's one application context.
     */
    public void goDown() {
        outage.down = true;
    }

    public void comeBack() {
        outage.down = false;
    }

    /** Whether the provider is down: every request answered 503, before any of its endpoints. */
    static final class Outage extends org.springframework.web.filter.OncePerRequestFilter {
        volatile boolean down;

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                jakarta.servlet.FilterChain chain) throws IOException, jakarta.servlet.ServletException {
            if (down) {
                response.sendError(503);
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /** The provider, started on first use and left running for the rest of the test run. */
    public static synchronized TestIdentityProvider get() {
        if (started == null) {
            started = new TestIdentityProvider();
            Runtime.getRuntime().addShutdownHook(new Thread(started.server::close));
        }
        return started;
    }

    public String issuer() {
        return "http://localhost:" + server.getWebServer().getPort();
    }

    /** A person the provider signs in (their username is the email), and what its ID token says about them. */
    public record Person(String username, String password, String email, Boolean emailVerified,
            boolean domainVerified, List<String> amr, String name) {
    }

    /** Someone the provider knows; {@code emailVerified} null leaves the claim out. */
    public Person addPerson(String email, Boolean emailVerified, String... amr) {
        return add(new Person(email + "#" + UUID.randomUUID().toString().substring(0, 6), "idp-password-"
                + UUID.randomUUID(), email, emailVerified, false, List.of(amr), null));
    }

    /** Someone the provider knows, whose ID token carries their {@code name}. */
    public Person addNamedPerson(String email, Boolean emailVerified, String name) {
        return add(new Person(email + "#" + UUID.randomUUID().toString().substring(0, 6), "idp-password-"
                + UUID.randomUUID(), email, emailVerified, false, List.of(), name));
    }

    /**
     * Someone as Microsoft Entra ID describes an organisation account: no {@code email_verified}, but the optional
     * claim {@code xms_edov} (the email's domain is the organisation's, verified).
     */
    public Person addEntraPerson(String email) {
        return add(new Person(email + "#" + UUID.randomUUID().toString().substring(0, 6), "idp-password-"
                + UUID.randomUUID(), email, null, true, List.of(), null));
    }

    private Person add(Person person) {
        people.add(person);
        return person;
    }

    /** The people the provider knows, by username. */
    static final class People {
        private final Map<String, Person> byUsername = new ConcurrentHashMap<>();
        private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();

        void add(Person person) {
            byUsername.put(person.username(), person);
            users.createUser(User.withUsername(person.username()).password("{noop}" + person.password())
                    .roles("USER").build());
        }
    }

    /** Waypoint as the provider's one client, whose redirect addresses follow the ports the suite's server takes. */
    static final class Clients implements RegisteredClientRepository {
        private final Set<String> redirects = ConcurrentHashMap.newKeySet();

        void allowPort(int port) {
            redirects.add("http://localhost:" + port + "/sign-in/single-sign-on/callback/organisation");
        }

        private RegisteredClient client() {
            return RegisteredClient.withId("waypoint-client").clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUris(uris -> uris.addAll(redirects.isEmpty() ? Set.of("http://localhost/none") : redirects))
                    .scope(OidcScopes.OPENID).scope(OidcScopes.EMAIL).scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build();
        }

        /** The provider re-encodes the secret after first use; the client stays as built here. */
        @Override
        public void save(RegisteredClient registeredClient) {
        }

        @Override
        public RegisteredClient findById(String id) {
            return "waypoint-client".equals(id) ? client() : null;
        }

        @Override
        public RegisteredClient findByClientId(String clientId) {
            return CLIENT_ID.equals(clientId) ? client() : null;
        }
    }

    /** The provider's own beans; a test component, so the application's component scan leaves it out. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class Server {

        @Bean
        TomcatServletWebServerFactory tomcat() {
            return new TomcatServletWebServerFactory(0);
        }

        /** Every endpoint is a filter; this answers what none of them takes. */
        @Bean
        ServletRegistrationBean<HttpServlet> notFound() {
            return new ServletRegistrationBean<>(new HttpServlet() {
                @Override
                protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                    response.sendError(404);
                }
            }, "/");
        }

        @Bean
        @Order(1)
        SecurityFilterChain endpoints(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                    .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"),
                            new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http, People people) throws Exception {
            http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                    .userDetailsService(people.users)
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        Outage outage() {
            return new Outage();
        }

        @Bean
        org.springframework.boot.web.servlet.FilterRegistrationBean<Outage> outageFirst(Outage outage) {
            var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(outage);
            registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }

        @Bean
        People people() {
            return new People();
        }

        @Bean
        Clients clients() {
            return new Clients();
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }

        @Bean
        KeyPair keyPair() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }

        /** For the provider's own user-info endpoint, which reads its access tokens. */
        @Bean
        JwtDecoder accessTokens(KeyPair pair) {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) pair.getPublic()).build();
        }

        @Bean
        JWKSource<SecurityContext> keys(KeyPair pair) {
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        /** The ID token says what the test set for the person: email, whether verified, how they signed in. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims(People people) {
            return context -> {
                if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    return;
                }
                Person person = people.byUsername.get(context.getPrincipal().getName());
                if (person == null) {
                    return;
                }
                context.getClaims().claim("email", person.email());
                if (person.emailVerified() != null) {
                    context.getClaims().claim("email_verified", person.emailVerified());
                }
                if (person.domainVerified()) {
                    context.getClaims().claim("xms_edov", true);
                }
                if (person.name() != null) {
                    context.getClaims().claim("name", person.name());
                }
                if (!person.amr().isEmpty()) {
                    context.getClaims().claim("amr", person.amr());
                }
            };
        }
    }

    /**
     * Points the suite's application at the provider before its context starts, and lets the provider send people
     * back to whichever random port the application takes.
     */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestIdentityProvider provider = get();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-identity-provider",
                    Map.of("waypoint.oidc.issuer", provider.issuer(), "waypoint.oidc.client-id", CLIENT_ID,
                            "waypoint.oidc.client-secret", CLIENT_SECRET, "waypoint.oidc.name", BUTTON)));
            context.addApplicationListener((ApplicationListener<WebServerInitializedEvent>) event ->
                    provider.clients.allowPort(event.getWebServer().getPort()));
        }
    }
}
