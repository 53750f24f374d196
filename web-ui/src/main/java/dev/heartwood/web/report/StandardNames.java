package dev.heartwood.web.report;

import dev.heartwood.appraisal.api.Standard;
import dev.heartwood.appraisal.api.StandardsFramework;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A standard named as a report shows it: its code and title, as the national frameworks and the support staff's
 * default give them (their codes are distinct), or its code alone when the school's own framework names it.
 */
@Component("standardNames")
public class StandardNames {

    private static final Map<String, String> TITLES = Stream.of(StandardsFramework.TEACHERS_STANDARDS_2011,
                    StandardsFramework.HEADTEACHERS_STANDARDS_2020, StandardsFramework.SUPPORT_STAFF_DEFAULT)
            .flatMap(framework -> framework.standards().stream())
            .collect(Collectors.toUnmodifiableMap(Standard::code, Standard::title));

    public String of(String code) {
        String title = TITLES.get(code);
        return title == null ? code : code + ": " + title;
    }
}
