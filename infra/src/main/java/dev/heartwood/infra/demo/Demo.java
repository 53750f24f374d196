package dev.heartwood.infra.demo;

import dev.heartwood.infra.demo.DemoTrust.Introduction;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.SchoolTime;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code heartwood.demo} ({@code ./run --demo}): on a database whose event store is empty, builds the demo trust
 * ({@link DemoTrust}) through the commands before Heartwood reports itself ready, and says how long that took; a
 * database that holds any record is left as it is, and so is any under the {@code production} profile. Then, where
 * the demo's people can sign in (the local mode), the log shows their password and who is who.
 */
@Component
@ConditionalOnProperty(name = "heartwood.demo", havingValue = "true")
class Demo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Demo.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final CommandGateway gateway;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final DemoSignIn signIn;
    private final UserDetailsService users;
    private final Environment environment;

    Demo(CommandGateway gateway, JdbcClient jdbc, Clock clock, DemoSignIn signIn, UserDetailsService users,
         Environment environment) {
        this.gateway = gateway;
        this.jdbc = jdbc;
        this.clock = clock;
        this.signIn = signIn;
        this.users = users;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        LocalDate today = SchoolTime.today(clock);
        DemoTrust trust = new DemoTrust(today);
        if (environment.acceptsProfiles(Profiles.of("production"))) {
            // made-up people among real records could never be taken out again: the event store only grows
            log.warn("Demo: not loaded under the production profile");
            return;
        }
        if (eventStoreIsEmpty()) {
            build(trust, today);
        } else {
            log.info("Demo: the database already holds records, so no demo is loaded into it; Heartwood starts as "
                    + "usual with what it holds");
        }
        introduce(trust.introductions());
    }

    private boolean eventStoreIsEmpty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM domainevententry)").query(Boolean.class).single();
    }

    private void build(DemoTrust trust, LocalDate today) throws Exception {
        List<AcademicYear> years = trust.years();
        log.info("Demo: building the {} through the commands: {} complete and {} as it stands on {}",
                DemoTrust.NAME, years.get(0), years.get(1), DAY.format(today));
        GeneratedCommands commands = new GeneratedCommands(gateway);
        long started = System.nanoTime();
        trust.build(new DemoCommands(commands));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("Demo: built the {} ({} schools, {} people) through {} commands in {} s", DemoTrust.NAME,
                DemoTrust.SCHOOLS.size(), trust.people(), commands.sent(),
                String.format(Locale.UK, "%.1f", took.toMillis() / 1000.0));
        Map<String, String> refusals = commands.refusals();
        if (refusals.isEmpty()) {
            log.info("Demo: no command was refused");
        } else {
            log.warn("Demo: commands refused, by command and code (the rest of the demo is built): {}", refusals);
        }
    }

    /** The password and who is who, once, where the demo's people sign in with it. */
    private void introduce(List<Introduction> people) {
        String password = signIn.takePassword();
        if (password == null) {
            return; // shown already
        }
        if (!signsIn(people.get(0).address())) {
            log.info("Demo: the demo trust's people do not sign in here with a password (single sign-on is "
                    + "configured, or the database holds no demo trust)");
            return;
        }
        String line = "    %-" + widest(people, Introduction::who) + "s  %-" + widest(people, Introduction::address)
                + "s  %s";
        String whoIsWho = people.stream()
                .map(person -> line.formatted(person.who(), person.address(), person.school()))
                .collect(Collectors.joining("\n"));
        String base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        log.info("""
                Demo: sign in as any of the demo trust's people with their e-mail address and this password, made \
                for this run and shown only here:

                    {}

                {}

                  In a browser: {}/login
                  The API, with HTTP Basic: curl -u {}:{} {}/api/me
                """, password, whoIsWho, base, people.get(0).address(), password, base);
    }

    private static int widest(List<Introduction> people, Function<Introduction, String> column) {
        return people.stream().mapToInt(person -> column.apply(person).length()).max().orElse(0);
    }

    private boolean signsIn(String address) {
        try {
            users.loadUserByUsername(address);
            return true;
        } catch (UsernameNotFoundException unknown) {
            return false;
        }
    }
}
