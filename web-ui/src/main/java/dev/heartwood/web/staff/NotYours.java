package dev.heartwood.web.staff;

import dev.heartwood.kernel.ErrorCode;

/**
 * Why a staff page is refused where no record in its address lets the access policy decide: the search, which names
 * its school in the query. Shown on the error page, as the policy's own refusals are.
 */
enum NotYours implements ErrorCode {
    /** The reader leads no school and is HR for none. */
    NO_STAFF_TO_LOOK_AFTER("no-staff-to-look-after", Category.FORBIDDEN),
    /** The school named is unknown, or not one the reader looks after. */
    SCHOOL_NOT_LOOKED_AFTER("school-not-found", Category.NOT_FOUND);

    private final String code;
    private final Category category;

    NotYours(String code, Category category) {
        this.code = code;
        this.category = category;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Category category() {
        return category;
    }
}
