package dev.heartwood.web.staff;

import dev.heartwood.appraisal.api.StaffImportResult;
import dev.heartwood.appraisal.api.StaffImports;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.ErrorCode;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.reporting.api.SchoolView;
import dev.heartwood.web.FormProblem;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.SeeOther;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * A school's staff brought into line with its MIS export, for its leaders and HR: they choose the CSV file, and the
 * page then shows what became of every row (added, changed, no change, or not imported with its line and why) and the
 * columns the import did not use. The file goes through the same import as the API's ({@link StaffImports}).
 */
@Controller
class StaffImportPage {

    private static final String PATH = "/schools/{schoolId}/staff/import";
    /** The field of the form, which is also the multipart request's part. */
    private static final String FILE = "file";

    private final StaffImports staffImports;
    private final StaffDirectory directory;
    private final LookedAfterSchools schools;

    StaffImportPage(StaffImports staffImports, StaffDirectory directory, LookedAfterSchools schools) {
        this.staffImports = staffImports;
        this.directory = directory;
        this.schools = schools;
    }

    /**
     * The import of the school whose staff the reader looks after; one who looks after several (a trust's) chooses
     * the school on the staff page, which links to its import.
     */
    // the address names no school: which the reader may import for is the access policy's answer for each
    @Allowed(Audience.ANYONE)
    @GetMapping("/staff/import")
    String yourSchool(Viewer viewer) {
        List<SchoolView> lookedAfter = schools.of(viewer);
        return lookedAfter.size() == 1
                ? "redirect:" + PATH.replace("{schoolId}", lookedAfter.get(0).schoolId().toString())
                : "redirect:/staff";
    }

    /** The form, and after an import the result it brought back ({@code imported}, kept for this one showing). */
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping(PATH)
    String form(@PathVariable UUID schoolId, Viewer viewer, Model model) {
        model.addAttribute("navigation", Navigation.of(viewer, Navigation.Section.STAFF));
        model.addAttribute("school", directory.school(schoolId));
        model.addAttribute("largestFile", staffImports.largestFile());
        model.addAttribute("mostRows", String.format(Locale.UK, "%,d", StaffImports.MOST_ROWS));
        return "staff/import";
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ModelAndView importStaff(@PathVariable UUID schoolId, @RequestParam(name = FILE, required = false)
                             MultipartFile file, Viewer viewer, Model model, RedirectAttributes flash)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return refused(schoolId, "Select the CSV file exported from your MIS", viewer, model);
        }
        StaffImportResult result;
        try {
            // a browser names no character set for a file: MIS exports and Excel's "CSV UTF-8" are UTF-8
            result = staffImports.importStaff(new SchoolId(schoolId), file.getInputStream(), UTF_8);
        } catch (DomainRuleViolation refusal) {
            if (!isAboutTheFile(refusal.getErrorCode().category())) {
                throw refusal;
            }
            return refused(schoolId, refusal.getMessage(), viewer, model);
        }
        flash.addFlashAttribute("imported", result);
        return SeeOther.to(PATH.replace("{schoolId}", schoolId.toString()));
    }

    private static boolean isAboutTheFile(ErrorCode.Category category) {
        return category == ErrorCode.Category.UNREADABLE || category == ErrorCode.Category.TOO_LARGE;
    }

    private ModelAndView refused(UUID schoolId, String reason, Viewer viewer, Model model) {
        model.addAttribute("problem", new FormProblem(reason, List.of(new FormProblem.FieldError(FILE, reason))));
        return new ModelAndView(form(schoolId, viewer, model), model.asMap());
    }
}
