package dev.heartwood.infra.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be: a JSON command is a few kilobytes at most; a school's staff file (CSV) is
 * larger, sent as the API's body or uploaded with the import page's form. A larger body is refused with 413 before it
 * is read.
 *
 * @param maxBodySize       any body but an import
 * @param maxImportBodySize a {@code text/csv} import, and the file uploaded with a page's form
 */
@ConfigurationProperties("heartwood.web")
public record RequestLimits(DataSize maxBodySize, DataSize maxImportBodySize) {

    /** Room in a page's upload for the form's other fields and each part's headers, beyond the file itself. */
    private static final DataSize FORM_ROOM = DataSize.ofKilobytes(64);

    public RequestLimits {
        maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(256) : maxBodySize;
        maxImportBodySize = maxImportBodySize == null ? DataSize.ofMegabytes(5) : maxImportBodySize;
    }

    /**
     * A page's form with a file ({@code multipart/form-data}): a file a little larger than an import may be is still
     * read, so that the page says beside its field that it is too large.
     */
    public DataSize maxUploadBodySize() {
        return DataSize.ofBytes(maxImportBodySize.toBytes() + FORM_ROOM.toBytes());
    }
}
