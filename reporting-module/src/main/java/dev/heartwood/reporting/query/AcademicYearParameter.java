package dev.heartwood.reporting.query;

import dev.heartwood.kernel.AcademicYear;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads {@code academicYear=2025/26} (and the like) in any report request; a malformed year is a 400. */
@Component
class AcademicYearParameter implements Converter<String, AcademicYear> {

    @Override
    public AcademicYear convert(String text) {
        return AcademicYear.parse(text);
    }
}
