package dev.heartwood.web.report;

import dev.heartwood.kernel.ErrorCode;

/** Why the dashboard is refused to a reader whose address names no school: they lead no school and no trust. */
enum NoSchoolLed implements ErrorCode {
    NO_SCHOOL_LED;

    @Override
    public String code() {
        return "no-school-led";
    }

    @Override
    public Category category() {
        return Category.FORBIDDEN;
    }
}
