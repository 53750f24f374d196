package dev.heartwood.infra.admin;

import dev.heartwood.kernel.ErrorCode;

/** Why an administrative request was refused. */
enum AdminErrorCode implements ErrorCode {
    PROCESSOR_NOT_FOUND("processor-not-found", Category.NOT_FOUND),
    PROCESSOR_NOT_REPLAYABLE("processor-not-replayable", Category.CONFLICT),
    REBUILD_UNDER_WAY("rebuild-under-way", Category.CONFLICT),
    PROCESSOR_WITHOUT_DEAD_LETTERS("processor-without-dead-letters", Category.CONFLICT),
    DEAD_LETTERS_NOT_FOUND("dead-letters-not-found", Category.NOT_FOUND);

    private final String code;
    private final Category category;

    AdminErrorCode(String code, Category category) {
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
