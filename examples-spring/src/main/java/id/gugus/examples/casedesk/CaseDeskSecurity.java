package id.gugus.examples.casedesk;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call the desk: HTTP Basic, no session, every endpoint but health needs a user. The
 * users are the sample's own (a real desk takes them from the province's identity provider):
 * their Gugus roles are authorities {@code ROLE_<role>}, their jurisdiction scope an authority
 * {@code jurisdiction=<code>}, which the starter's {@code AuthenticationActors} turns into the
 * {@code Actor}. What each may see is decided by the store, not here.
 */
@Configuration(proxyBeanMethods = false)
public class CaseDeskSecurity {
    /** The password of every sample user; set {@code casedesk.password} to change it. */
    static final String SAMPLE_PASSWORD = "{noop}gugus-sample";

    @Bean
    SecurityFilterChain caseDeskFilters(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.disable()) // a stateless API with Basic authentication: no cookies to forge
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    UserDetailsService caseDeskUsers(org.springframework.core.env.Environment env) {
        String password = env.getProperty("casedesk.password", SAMPLE_PASSWORD);
        return new InMemoryUserDetailsManager(
                // A case worker of Dinas PPPA Kota Pontianak: cases of the city, with personal data.
                User.withUsername("dp3a-pontianak.case-worker").password(password)
                        .authorities("ROLE_CASE_WORKER", "jurisdiction=61.71").build(),
                // A case worker of Kota Singkawang: another city of the province, none of Pontianak's cases.
                User.withUsername("dp3a-singkawang.case-worker").password(password)
                        .authorities("ROLE_CASE_WORKER", "jurisdiction=61.72").build(),
                // Bappeda of the province: statistics only.
                User.withUsername("bappeda-kalbar.viewer").password(password)
                        .authorities("ROLE_VIEWER", "jurisdiction=61").build(),
                // The province's administrator: cases without personal data, and the audit log.
                User.withUsername("diskominfo-kalbar.admin").password(password)
                        .authorities("ROLE_ADMINISTRATOR", "jurisdiction=61").build());
    }
}
