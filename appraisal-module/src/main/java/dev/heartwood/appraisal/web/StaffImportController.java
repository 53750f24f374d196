package dev.heartwood.appraisal.web;

import dev.heartwood.appraisal.api.StaffImports;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.UUID;

import static java.nio.charset.StandardCharsets.UTF_8;

/** A school's staff, brought into line with the CSV export of its MIS. */
@RestController
@Tag(name = "Directory")
class StaffImportController {

    private final StaffImports staffImports;

    StaffImportController(StaffImports staffImports) {
        this.staffImports = staffImports;
    }

    @Operation(summary = "Import a school's staff from its MIS export (CSV)", description = """
            The first line names the columns, in any order and case: external id, name, e-mail, category, roles, \
            start date, FTE, line manager, leave date (roles, line manager and leave date may be left out), or \
            as MIS exports name them: "Staff code", "Forename" and "Surname", "Staff type", "Line manager ID", \
            "Manager" or "Reports to" (the manager's external id), "Employment start date", "Date left". \
            Categories and roles by name or in words ("Support staff", "ECT", "Deputy DSL"), roles separated by \
            ";" or "|", dates as 2025-09-01 or 01/09/2025, numbers with a point as the decimal separator. Each row \
            states how the person now stands: a new person is registered, a known one has what differs recorded, \
            from today. Rows that cannot be imported are listed with their line and reason and the rest are \
            imported; importing the same file again changes nothing; the columns the import did not read are \
            named. At most 5 MB (by default) and 20,000 rows; UTF-8 unless Content-Type names a charset.""",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "text/csv",
                    schema = @Schema(type = "string", example = """
                            External ID,Name,E-mail,Category,Roles,Start date,FTE,Line manager,Leave date
                            T001,Asha Patel,a.patel@oakfield.sch.uk,Headteacher,DSL,01/09/2019,1,,
                            T002,Ben Okafor,b.okafor@oakfield.sch.uk,Teacher,First aider;Fire warden,2021-09-01,0.8,T001,
                            """))))
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @PostMapping(path = "/api/schools/{schoolId}/staff/import", consumes = "text/csv")
    StaffImportReport importStaff(@PathVariable UUID schoolId, HttpServletRequest request) throws IOException {
        return StaffImportReport.of(staffImports.importStaff(new SchoolId(schoolId), request.getInputStream(),
                charsetOf(request)));
    }

    /** The Content-Type's charset, or UTF-8; not the request's encoding, which Spring Boot forces to UTF-8. */
    private static Charset charsetOf(HttpServletRequest request) {
        Charset declared = MediaType.parseMediaType(request.getContentType()).getCharset();
        return declared == null ? UTF_8 : declared;
    }
}
