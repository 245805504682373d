package bench.reference;

import java.util.List;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/** The benchmark's reference: ten owners, a list page, form login; everything else as Spring Boot sets it up. */
@SpringBootApplication
public class ReferenceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReferenceApplication.class, args);
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/login", "/css/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/owners").permitAll());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(User.withUsername("owner")
                .password(encoder.encode("reference-demo"))
                .roles("USER")
                .build());
    }

    @Bean
    ApplicationRunner owners(OwnerRepository repository) {
        return args -> repository.saveAll(List.of(
                new Owner("George", "Franklin", "110 W. Liberty St.", "Madison", "6085551023"),
                new Owner("Betty", "Davis", "638 Cardinal Ave.", "Sun Prairie", "6085551749"),
                new Owner("Eduardo", "Rodriquez", "2693 Commerce St.", "McFarland", "6085558763"),
                new Owner("Harold", "Davis", "563 Friendly St.", "Windsor", "6085553198"),
                new Owner("Peter", "McTavish", "2387 S. Fair Way", "Madison", "6085552765"),
                new Owner("Jean", "Coleman", "105 N. Lake St.", "Monona", "6085552654"),
                new Owner("Jeff", "Black", "1450 Oak Blvd.", "Monona", "6085555387"),
                new Owner("Maria", "Escobito", "345 Maple St.", "Madison", "6085557683"),
                new Owner("David", "Schroeder", "2749 Blackhawk Trail", "Madison", "6085559435"),
                new Owner("Carlos", "Estaban", "2335 Independence La.", "Waunakee", "6085555487")));
    }
}
