package dev.heartwood.appraisal.application;

import dev.heartwood.appraisal.api.StaffImportOutcome;
import dev.heartwood.appraisal.api.StaffImportResult;
import dev.heartwood.appraisal.api.StaffImports;
import dev.heartwood.appraisal.directory.Directory;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.EXTERNAL_ID_ALREADY_USED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.LINE_MANAGEMENT_CYCLE;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.LINE_MANAGER_IS_SELF;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.LINE_MANAGER_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.SCHOOL_NOT_FOUND;
import static dev.heartwood.appraisal.api.StaffImportResult.INVALID_INPUT;
import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Brings a school's staff into line with the CSV export of its MIS ({@link StaffCsv}). Each row is imported by its
 * own command, so a row the directory refuses costs only itself, and one that says what is already so records
 * nothing: importing the same file again changes nothing.
 */
@Component
class StaffImport implements StaffImports {

    private final CommandGateway commands;
    private final Directory directory;
    private final StaffRowReader reader;
    /** By default a hundred times a large school's export; the file is held in memory while it is imported. */
    private final int maxBytes;

    StaffImport(CommandGateway commands, Directory directory, StaffRowReader reader,
                @Value("${heartwood.web.max-import-body-size:5MB}") DataSize maxImportBodySize) {
        this.commands = commands;
        this.directory = directory;
        this.reader = reader;
        this.maxBytes = Math.toIntExact(maxImportBodySize.toBytes());
    }

    @Override
    public long largestFile() {
        return maxBytes;
    }

    @Override
    public StaffImportResult importStaff(SchoolId schoolId, InputStream file, Charset charset) throws IOException {
        if (directory.school(schoolId).isEmpty()) {
            throw new DomainRuleViolation(SCHOOL_NOT_FOUND, "No school " + schoolId + " is registered");
        }
        StaffCsv.Contents contents = StaffCsv.read(StaffFileText.read(file, charset, maxBytes));
        ImportTally tally = new ImportTally(contents.unusedColumns());
        ManagersFirst order = ManagersFirst.of(readable(contents.rows(), tally));
        order.loops().forEach(loop -> failLoop(loop, tally));
        order.rows().forEach(row -> importRow(schoolId, row, tally));
        return tally.result();
    }

    /** The rows that can be read; the others, and every repeat of a MIS id, fail. */
    private List<StaffRow> readable(List<StaffCsvRow> lines, ImportTally tally) {
        Map<String, Integer> firstLineOf = new HashMap<>();
        List<StaffRow> rows = new ArrayList<>();
        for (StaffCsvRow line : lines) {
            String externalId = line.get(StaffColumn.EXTERNAL_ID);
            Integer firstLine = externalId == null ? null : firstLineOf.putIfAbsent(externalId, line.line());
            if (firstLine != null) {
                tally.failed(line.line(), externalId, EXTERNAL_ID_ALREADY_USED.code(),
                        "The MIS id " + externalId + " is already on line " + firstLine);
                continue;
            }
            try {
                rows.add(reader.read(line));
            } catch (IllegalArgumentException invalid) {
                tally.failed(line.line(), externalId, INVALID_INPUT, invalid.getMessage());
            }
        }
        return rows;
    }

    private static void failLoop(List<StaffRow> loop, ImportTally tally) {
        if (loop.size() == 1) {
            StaffRow row = loop.get(0);
            tally.failed(row.line(), row.externalId(), LINE_MANAGER_IS_SELF.code(),
                    "The row names its own MIS id as the line manager");
            return;
        }
        String lines = loop.stream().map(row -> String.valueOf(row.line())).collect(Collectors.joining(", "));
        loop.forEach(row -> tally.failed(row.line(), row.externalId(), LINE_MANAGEMENT_CYCLE.code(),
                "The line managers named on lines " + lines + " manage each other in a loop"));
    }

    private void importRow(SchoolId schoolId, StaffRow row, ImportTally tally) {
        StaffId lineManagerId = null;
        if (row.lineManagerExternalId() != null) {
            Optional<StaffId> lineManager = directory.staffByExternalId(schoolId, row.lineManagerExternalId());
            if (lineManager.isEmpty()) {
                tally.failed(row.line(), row.externalId(), LINE_MANAGER_NOT_FOUND.code(),
                        whyNotOnTheStaff(row.lineManagerExternalId(), tally));
                return;
            }
            lineManagerId = lineManager.get();
        }
        StaffId staffId = directory.staffByExternalId(schoolId, row.externalId())
                .orElseGet(() -> newStaffId(schoolId, row.externalId()));
        try {
            StaffImportOutcome outcome = commands.sendAndWait(row.toCommand(staffId, schoolId, lineManagerId));
            tally.imported(row, outcome);
        } catch (DomainRuleViolation refused) {
            tally.failed(row.line(), row.externalId(), refused.getErrorCode().code(), refused.getMessage());
        }
    }

    private static String whyNotOnTheStaff(String lineManagerExternalId, ImportTally tally) {
        return tally.lineThatFailed(lineManagerExternalId)
                .map(line -> "The line manager " + lineManagerExternalId + " on line " + line + " was not imported")
                .orElse("Nobody with the MIS id " + lineManagerExternalId + " is in the file or on the staff");
    }

    /** Derived from the MIS id, so that a retried import cannot register the same person twice. */
    private static StaffId newStaffId(SchoolId schoolId, String externalId) {
        return new StaffId(UUID.nameUUIDFromBytes(("heartwood-staff:" + schoolId + ":" + externalId).getBytes(UTF_8)));
    }
}
