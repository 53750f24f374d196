package dev.heartwood.reporting.api;

import dev.heartwood.kernel.ErrorCode;

/** Why a question about the record could not be answered; the codes are part of the API and never change. */
public enum ReportingErrorCode implements ErrorCode {
    /** No event was ever recorded under the identifier asked about. */
    HISTORY_NOT_FOUND("history-not-found", Category.NOT_FOUND);

    private final String code;
    private final Category category;

    ReportingErrorCode(String code, Category category) {
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
