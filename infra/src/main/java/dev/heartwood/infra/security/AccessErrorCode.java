package dev.heartwood.infra.security;

import dev.heartwood.kernel.ErrorCode;

/** Why a signed-in caller was refused. */
enum AccessErrorCode implements ErrorCode {
    /** Signed in, but no current member of staff has the address (or other claim) they signed in with. */
    UNKNOWN_PERSON("unknown-person", Category.FORBIDDEN),
    /** The record is in the caller's school or trust, but not theirs to see or change. */
    FORBIDDEN("forbidden", Category.FORBIDDEN),
    /** Nothing the caller may know of has this identifier (records of other schools included). */
    RECORD_NOT_FOUND("record-not-found", Category.NOT_FOUND),
    /** Only a headteacher (for their school) or a trust leader may grant report access. */
    GRANT_NOT_ALLOWED("grant-not-allowed", Category.FORBIDDEN);

    private final String code;
    private final Category category;

    AccessErrorCode(String code, Category category) {
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
