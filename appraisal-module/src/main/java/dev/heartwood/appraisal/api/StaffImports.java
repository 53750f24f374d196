package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.SchoolId;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;

/**
 * Brings a school's staff into line with the CSV export of its MIS. The API's import endpoint and the staff import
 * page both send the file here, so the two import alike: the same columns, limits and row-by-row commands, each sent
 * as the signed-in reader who uploaded the file. Rows that cannot be imported are reported with their line and
 * reason and the rest are imported; importing the same file again changes nothing.
 * <p>
 * The file's first line names the columns, in any order and case: external id, name, e-mail, category, roles, start
 * date, FTE, line manager, leave date (roles, line manager and leave date may be left out), or as MIS exports name
 * them ("Staff code", "Forename" and "Surname", "Staff type", "Reports to"...).
 */
public interface StaffImports {

    /** The most rows a file may have: twenty times the staff of the largest school. */
    int MOST_ROWS = 20_000;

    /** The largest file, in bytes, that {@link #importStaff} takes. */
    long largestFile();

    /**
     * Imports a file of at most {@link #largestFile()} bytes ({@code heartwood.web.max-import-body-size}, 5 MB by
     * default) and {@link #MOST_ROWS} rows.
     *
     * @param file    the file's bytes, read here up to one byte past the limit
     * @param charset the file's character set, in which it must decode cleanly
     * @throws dev.heartwood.kernel.DomainRuleViolation {@link AppraisalErrorCode#SCHOOL_NOT_FOUND} when the school is
     *                                                   not registered; {@link AppraisalErrorCode#STAFF_FILE_TOO_LARGE}
     *                                                   when the file is too large or has too many rows;
     *                                                   {@link AppraisalErrorCode#STAFF_FILE_UNREADABLE} when it is not
     *                                                   text in the character set, not CSV, or its first line does not
     *                                                   name the columns. The message says which, for the person who
     *                                                   chose the file.
     */
    StaffImportResult importStaff(SchoolId schoolId, InputStream file, Charset charset) throws IOException;
}
