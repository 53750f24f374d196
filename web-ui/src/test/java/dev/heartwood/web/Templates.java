package dev.heartwood.web;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.Map;

/** Heartwood's templates rendered as the application renders them (Thymeleaf with Spring's expressions), off-line. */
final class Templates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    Templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        engine.setTemplateResolver(resolver);
    }

    String render(String template, Map<String, Object> variables) {
        Context context = new Context();
        context.setVariables(variables);
        return engine.process(template, context).replaceAll("\\s+", " ");
    }
}
