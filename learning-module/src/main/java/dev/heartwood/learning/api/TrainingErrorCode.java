package dev.heartwood.learning.api;

import dev.heartwood.kernel.ErrorCode;

/** Why the learning module refused a command about mandatory training; the codes are part of the API and never change. */
public enum TrainingErrorCode implements ErrorCode {
    REQUIREMENT_NOT_FOUND("requirement-not-found", Category.NOT_FOUND);

    private final String code;
    private final Category category;

    TrainingErrorCode(String code, Category category) {
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
