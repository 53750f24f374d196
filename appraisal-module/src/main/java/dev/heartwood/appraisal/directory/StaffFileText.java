package dev.heartwood.appraisal.directory;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;

/** The text of an uploaded staff file, whoever uploads it: the API's request body or the import page's file. */
final class StaffFileText {

    private StaffFileText() {
    }

    /**
     * @param maxBytes the most the file may hold; it is held in memory while it is imported
     * @throws ResponseStatusException 413 when the file is larger; 400 when it is not text in that character set
     */
    static String read(InputStream file, Charset charset, int maxBytes) throws IOException {
        byte[] bytes = file.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE,
                    "A staff file may be at most " + maxBytes / 1024 + " KiB");
        }
        String text;
        try {
            // a strict decoder, so that a file in another character set is refused rather than garbling names
            text = charset.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The file is not " + charset
                    + " text; save it as CSV UTF-8, or name its character set in the Content-Type");
        }
        if (text.indexOf('\0') >= 0) {
            // no text file holds one, and the database could not store it in a name
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The file holds NUL characters: it is not text");
        }
        return text;
    }
}
