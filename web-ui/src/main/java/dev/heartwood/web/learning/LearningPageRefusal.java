package dev.heartwood.web.learning;

import dev.heartwood.kernel.ErrorCode;

/** Why a learning page cannot be shown to its reader, for the error page (404 or 403). */
enum LearningPageRefusal implements ErrorCode {
    /** The reader has no staff record (an administrator), so has no learning or training of their own. */
    NO_STAFF_RECORD("no-staff-record", Category.NOT_FOUND),
    /** The reader leads no school, so has no requests for learning to decide on. */
    NO_SCHOOL_LED("no-school-led", Category.FORBIDDEN),
    /** A piece of learning that is not known, or not what the page is about. */
    LEARNING_NOT_FOUND("learning-not-found", Category.NOT_FOUND);

    private final String code;
    private final Category category;

    LearningPageRefusal(String code, Category category) {
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
