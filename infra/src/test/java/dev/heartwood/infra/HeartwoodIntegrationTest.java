package dev.heartwood.infra;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on an embedded PostgreSQL. Every class with this annotation shares one Spring context and
 * one database (Spring's context cache), so tests must not assume an empty store: they use fresh identifiers
 * and count events before and after. The clock is fixed ({@link FixedClock}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = HeartwoodApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(FixedClock.class)
public @interface HeartwoodIntegrationTest {
}
