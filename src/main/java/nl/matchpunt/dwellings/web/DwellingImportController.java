package nl.matchpunt.dwellings.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import nl.matchpunt.dwellings.DwellingService;
import nl.matchpunt.dwellings.ImportResult;
import nl.matchpunt.dwellings.importing.DwellingCsv;
import nl.matchpunt.dwellings.importing.ImportPreview;
import nl.matchpunt.dwellings.importing.ImportUploads;
import nl.matchpunt.organisations.CurrentUser;
import nl.matchpunt.organisations.OrganisationService;
import nl.matchpunt.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulk upload of vacancies as CSV: upload → preview of every line → confirm imports the valid lines (synchronous,
 * in JDBC batches: 2,000 lines take a few seconds; the result names how many were imported and skipped). Between
 * the requests the uploaded file waits in the database ({@link ImportUploads}: bounded, expiring, usable only by its
 * owner); the HTTP session holds no more than its id, and the preview is computed again from the file.
 */
@Controller
@RequestMapping("/dwellings/import")
@PreAuthorize(DwellingController.CORPORATION_STAFF)
class DwellingImportController {

    /** The session attribute holding the id of the user's newest upload (for the failed-rows download). */
    static final String PENDING = "dwellings.pendingImport";

    private final DwellingCsv csv;

    private final DwellingService dwellings;

    private final ImportUploads uploads;

    private final OrganisationService organisations;

    DwellingImportController(
            DwellingCsv csv, DwellingService dwellings, ImportUploads uploads, OrganisationService organisations) {
        this.csv = csv;
        this.dwellings = dwellings;
        this.uploads = uploads;
        this.organisations = organisations;
    }

    @GetMapping
    String uploadForm() {
        return "dwellings/import";
    }

    @PostMapping
    String preview(@RequestParam(required = false) @Nullable MultipartFile file, HttpSession session, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("uploadError", "dwellings.import.noFile");
            return "dwellings/import";
        }
        byte[] content = file.getBytes();
        ImportPreview preview = csv.preview(content);
        if (!preview.readable()) {
            model.addAttribute("fileErrors", preview.fileErrors());
            return "dwellings/import";
        }
        CurrentUser user = organisations.currentUser();
        String filename = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
        Optional<String> id = uploads.keep(user.username(), user.organisationId(), filename, content);
        if (id.isEmpty()) {
            model.addAttribute("uploadError", "dwellings.import.busy");
            return "dwellings/import";
        }
        session.setAttribute(PENDING, id.get());
        model.addAttribute("preview", preview);
        model.addAttribute("token", id.get());
        return "dwellings/import-preview";
    }

    @PostMapping("/confirm")
    String confirm(@RequestParam String token, HttpSession session, RedirectAttributes redirect) {
        CurrentUser user = organisations.currentUser();
        Optional<ImportUploads.Upload> pending = uploads.find(token, user.username(), user.organisationId());
        if (pending.isEmpty() || !uploads.remove(token, user.username(), user.organisationId())) {
            redirect.addFlashAttribute("failure", "dwellings.import.expired");
            return "redirect:/dwellings/import";
        }
        session.removeAttribute(PENDING);
        ImportPreview preview = csv.preview(pending.get().content());
        ImportResult result = dwellings.importAll(preview.validData());
        redirect.addFlashAttribute("imported", result.imported());
        redirect.addFlashAttribute(
                "skipped", result.skipped() + preview.failedRows().size());
        return "redirect:/dwellings";
    }

    @GetMapping("/failed.csv")
    ResponseEntity<byte[]> failedRows(HttpSession session, RedirectAttributes redirect) {
        CurrentUser user = organisations.currentUser();
        Optional<ImportUploads.Upload> pending = session.getAttribute(PENDING) instanceof String id
                ? uploads.find(id, user.username(), user.organisationId())
                : Optional.empty();
        if (pending.isEmpty()) {
            throw new NotFoundException("import", "failed.csv");
        }
        byte[] content = pending.get().content();
        byte[] body = csv.failedRows(csv.preview(content), csv.header(content));
        return download("fouten-" + pending.get().filename(), body);
    }

    @GetMapping("/template.csv")
    ResponseEntity<byte[]> template() {
        return download("woningen-sjabloon.csv", csv.template());
    }

    private static ResponseEntity<byte[]> download(String filename, byte[] body) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
