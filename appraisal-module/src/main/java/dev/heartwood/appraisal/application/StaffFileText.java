package dev.heartwood.appraisal.application;

import dev.heartwood.kernel.DomainRuleViolation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.STAFF_FILE_TOO_LARGE;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.STAFF_FILE_UNREADABLE;

/** The text of an uploaded staff file, whoever uploads it: the API's request body or the import page's file. */
final class StaffFileText {

    private StaffFileText() {
    }

    /**
     * @param maxBytes the most the file may hold; it is held in memory while it is imported
     * @throws DomainRuleViolation {@code STAFF_FILE_TOO_LARGE} when the file is larger; {@code STAFF_FILE_UNREADABLE}
     *                             when it is not text in that character set
     */
    static String read(InputStream file, Charset charset, int maxBytes) throws IOException {
        byte[] bytes = file.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new DomainRuleViolation(STAFF_FILE_TOO_LARGE,
                    "A staff file may be at most " + maxBytes / 1024 + " KiB");
        }
        String text;
        try {
            // a strict decoder, so that a file in another character set is refused rather than garbling names
            text = charset.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DomainRuleViolation(STAFF_FILE_UNREADABLE, "The file is not " + charset
                    + " text; save it as CSV UTF-8, or name its character set in the Content-Type");
        }
        if (text.indexOf('\0') >= 0) {
            // no text file holds one, and the database could not store it in a name
            throw new DomainRuleViolation(STAFF_FILE_UNREADABLE, "The file holds NUL characters: it is not text");
        }
        return text;
    }
}
