package dev.heartwood.kernel;

/**
 * A stable code for a refusal, published in a module's {@code api}. The web layer turns the category into an
 * HTTP status and the code into the problem document's {@code code}; nothing parses messages.
 */
public interface ErrorCode {

    /** Kebab-case and permanent, for example {@code appraiser-is-appraisee}. */
    String code();

    Category category();

    enum Category {
        /** Something named does not exist. */
        NOT_FOUND,
        /** A rule of the domain forbids it in the current state. */
        CONFLICT,
        /** The caller may not do this. */
        FORBIDDEN,
        /** What was sent cannot be read as what it should be, such as a file that is not CSV. */
        UNREADABLE,
        /** What was sent is larger than the most that is taken. */
        TOO_LARGE
    }
}
