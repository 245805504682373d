package nl.matchpunt.dwellings.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;
import nl.matchpunt.dwellings.DwellingService;
import nl.matchpunt.dwellings.ImportResult;
import nl.matchpunt.dwellings.importing.DwellingCsv;
import nl.matchpunt.dwellings.importing.ImportPreview;
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
 * the requests only the uploaded file itself waits in the HTTP session; the preview is computed again from it.
 */
@Controller
@RequestMapping("/dwellings/import")
@PreAuthorize(DwellingController.CORPORATION_STAFF)
class DwellingImportController {

    static final String PENDING = "dwellings.pendingImport";

    /** The uploaded file waiting for confirmation. */
    record PendingImport(String token, String filename, byte[] content) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    private final DwellingCsv csv;

    private final DwellingService dwellings;

    DwellingImportController(DwellingCsv csv, DwellingService dwellings) {
        this.csv = csv;
        this.dwellings = dwellings;
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
        PendingImport pending = new PendingImport(
                UUID.randomUUID().toString(),
                file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename(),
                content);
        session.setAttribute(PENDING, pending);
        model.addAttribute("preview", preview);
        model.addAttribute("token", pending.token());
        return "dwellings/import-preview";
    }

    @PostMapping("/confirm")
    String confirm(@RequestParam String token, HttpSession session, RedirectAttributes redirect) {
        PendingImport pending = pending(session);
        if (pending == null || !pending.token().equals(token)) {
            redirect.addFlashAttribute("failure", "dwellings.import.expired");
            return "redirect:/dwellings/import";
        }
        session.removeAttribute(PENDING);
        ImportPreview preview = csv.preview(pending.content());
        ImportResult result = dwellings.importAll(preview.validData());
        redirect.addFlashAttribute("imported", result.imported());
        redirect.addFlashAttribute(
                "skipped", result.skipped() + preview.failedRows().size());
        return "redirect:/dwellings";
    }

    @GetMapping("/failed.csv")
    ResponseEntity<byte[]> failedRows(HttpSession session, RedirectAttributes redirect) {
        PendingImport pending = pending(session);
        if (pending == null) {
            return ResponseEntity.status(404).build();
        }
        byte[] body = csv.failedRows(csv.preview(pending.content()), csv.header(pending.content()));
        return download("fouten-" + pending.filename(), body);
    }

    @GetMapping("/template.csv")
    ResponseEntity<byte[]> template() {
        return download("woningen-sjabloon.csv", csv.template());
    }

    private static @Nullable PendingImport pending(HttpSession session) {
        return session.getAttribute(PENDING) instanceof PendingImport pending ? pending : null;
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
