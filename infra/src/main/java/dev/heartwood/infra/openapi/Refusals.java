package dev.heartwood.infra.openapi;

import dev.heartwood.kernel.ErrorCode;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The coded refusals an operation can answer, by category: those of its resource ({@link ApiResource}), and those
 * declared in its handler's own package (as the administration's, the history's and the access rules' are, which no
 * other package names).
 */
final class Refusals {

    private final Map<String, List<ErrorCode>> declaredIn = new ConcurrentHashMap<>();

    /** The refusals the handler's own package declares, which its reads may answer as well as its commands. */
    Map<ErrorCode.Category, SortedSet<String>> declaredBeside(Class<?> handler) {
        return byCategory(declaredIn.computeIfAbsent(handler.getPackageName(), Refusals::declaredIn).stream());
    }

    /** The refusals of the modules that decide on the resources' commands and hold their records. */
    static Map<ErrorCode.Category, SortedSet<String>> of(Collection<ApiResource> resources) {
        return byCategory(resources.stream().flatMap(resource -> resource.refusals().stream())
                .flatMap(Refusals::codesOf));
    }

    private static Map<ErrorCode.Category, SortedSet<String>> byCategory(Stream<ErrorCode> codes) {
        Map<ErrorCode.Category, SortedSet<String>> byCategory = new EnumMap<>(ErrorCode.Category.class);
        codes.forEach(code -> byCategory.computeIfAbsent(code.category(), any -> new TreeSet<>()).add(code.code()));
        return byCategory;
    }

    /** The error codes of the enums of exactly this package. */
    private static List<ErrorCode> declaredIn(String packageName) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(ErrorCode.class));
        return scanner.findCandidateComponents(packageName).stream()
                .map(BeanDefinition::getBeanClassName)
                .filter(Objects::nonNull)
                .filter(name -> ClassUtils.getPackageName(name).equals(packageName))
                .map(name -> ClassUtils.resolveClassName(name, Refusals.class.getClassLoader()))
                .flatMap(Refusals::codesOf)
                .toList();
    }

    private static Stream<ErrorCode> codesOf(Class<?> type) {
        Object[] constants = type.getEnumConstants();
        return constants == null ? Stream.empty() : Arrays.stream(constants).map(ErrorCode.class::cast);
    }
}
