package dev.heartwood.reporting.query;

import dev.heartwood.reporting.api.ReportScope;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The parameters the lists and reports read alike, bound here once and described here once in the OpenAPI document
 * as the parameters a client sends: the school or trust a report covers ({@link ReportScope}), the page
 * ({@link Paging}), and the sorts and statuses named by a word (read by {@link RequestWords}).
 */
@Configuration(proxyBeanMethods = false)
class ReadParameters implements WebMvcConfigurer {

    static {
        // read by the resolvers below, and described by scopeAndPagingDescribed rather than as objects
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Paging.class, ReportScope.class);
    }

    private final Answers answers;

    ReadParameters(Answers answers) {
        this.answers = answers;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PagingParameter());
        resolvers.add(new ScopeParameter(answers));
    }

    @Bean
    OperationCustomizer scopeAndPagingDescribed() {
        return (operation, handler) -> {
            for (Class<?> type : handler.getMethod().getParameterTypes()) {
                if (type == ReportScope.class) {
                    add(operation, new PathParameter().name(scopeVariable(handler))
                            .schema(new StringSchema().format("uuid")));
                }
                if (type == Paging.class) {
                    add(operation, new QueryParameter().name(PagingParameter.PAGE).required(false)
                            .schema(new IntegerSchema().minimum(BigDecimal.valueOf(Paging.FIRST_PAGE))
                                    ._default(Paging.FIRST_PAGE)));
                    add(operation, new QueryParameter().name(PagingParameter.SIZE).required(false)
                            .schema(new IntegerSchema().minimum(BigDecimal.ONE)
                                    .maximum(BigDecimal.valueOf(Paging.LARGEST_SIZE))._default(Paging.DEFAULT_SIZE)));
                }
            }
            return operation;
        };
    }

    /** A choice named by a word is described by its words, not by its constants' names. */
    @Bean
    ParameterCustomizer choicesByTheirWords() {
        return (parameter, method) -> {
            if (parameter != null && parameter.getSchema() != null
                    && RequestWords.CHOICES.contains(method.getParameterType())) {
                Object unless = parameter.getSchema().getDefault();
                parameter.setSchema(new StringSchema()._enum(RequestWords.words(method.getParameterType()))
                        ._default(unless == null ? null : unless.toString()));
            }
            return parameter;
        };
    }

    private static String scopeVariable(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        boolean school = mapping != null && Arrays.stream(mapping.path())
                .anyMatch(path -> path.contains("{" + ScopeParameter.SCHOOL + "}"));
        return school ? ScopeParameter.SCHOOL : ScopeParameter.TRUST;
    }

    /** Path parameters first, as in the address; query parameters after the handler's own. */
    private static void add(Operation operation, Parameter parameter) {
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(existing -> existing.getName().equals(parameter.getName()))) {
            return;
        }
        if (parameter instanceof PathParameter && operation.getParameters() != null) {
            operation.getParameters().add(0, parameter);
        } else {
            operation.addParametersItem(parameter);
        }
    }
}
