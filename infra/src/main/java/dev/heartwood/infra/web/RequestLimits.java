package dev.heartwood.infra.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be: a JSON command is a few kilobytes at most; a school's staff file (CSV) is
 * larger. A larger body is refused with 413 before it is read.
 *
 * @param maxBodySize       any body but an import
 * @param maxImportBodySize a {@code text/csv} import
 */
@ConfigurationProperties("heartwood.web")
public record RequestLimits(DataSize maxBodySize, DataSize maxImportBodySize) {

    public RequestLimits {
        maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(256) : maxBodySize;
        maxImportBodySize = maxImportBodySize == null ? DataSize.ofMegabytes(5) : maxImportBodySize;
    }
}
