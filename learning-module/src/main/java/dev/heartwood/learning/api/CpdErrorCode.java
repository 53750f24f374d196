package dev.heartwood.learning.api;

import dev.heartwood.kernel.ErrorCode;

/** Why the learning module refused a command about professional learning; the codes are part of the API and never change. */
public enum CpdErrorCode implements ErrorCode {
    CPD_ACTIVITY_NOT_FOUND("cpd-activity-not-found", Category.NOT_FOUND);

    private final String code;
    private final Category category;

    CpdErrorCode(String code, Category category) {
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
