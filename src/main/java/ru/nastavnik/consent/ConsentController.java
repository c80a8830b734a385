package ru.nastavnik.consent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.nastavnik.system.CurrentUser;

/** REST for consents of one person. */
@RestController
@RequestMapping("/api/people/{personId}/consents")
@Tag(name = "Согласия", description = "Согласие на обработку персональных данных (152-ФЗ) и на участие в наставничестве")
class ConsentController {

  private final ConsentService service;

  ConsentController(ConsentService service) {
    this.service = service;
  }

  @GetMapping
  @Operation(summary = "Согласия участника, включая отозванные")
  List<ConsentView> list(CurrentUser user, @PathVariable Long personId) {
    List<Consent> consents = service.consentsOf(user, personId);
    Set<Long> scanned = service.withScan(consents);
    return consents.stream().map(c -> ConsentView.of(c, scanned.contains(c.getId()))).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Зарегистрировать согласие")
  ConsentView record(CurrentUser user, @PathVariable Long personId, @Valid @RequestBody ConsentRequest request) {
    return ConsentView.of(service.record(user, personId, request.kind(), request.givenBy().trim(),
        request.givenByRelation(), request.givenAt(), request.document()), false);
  }

  @PostMapping(path = "/{consentId}/scan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Приложить скан подписанного согласия (PDF, JPEG или PNG до 10 МБ; заменяет прежний)")
  ScanView attachScan(CurrentUser user, @PathVariable Long personId, @PathVariable Long consentId,
      @RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
    ScanFile scan = ScanFile.of("file", file == null ? null : file.getOriginalFilename(),
        file == null ? null : file.getBytes());
    return ScanView.of(service.attachScan(user, personId, consentId, scan));
  }

  @GetMapping("/{consentId}/scan")
  @Operation(summary = "Скачать скан подписанного согласия")
  ResponseEntity<byte[]> scan(CurrentUser user, @PathVariable Long personId, @PathVariable Long consentId) {
    return download(service.scanOf(user, personId, consentId));
  }

  /** The scan as a download: the detected type, never shown inline by the browser. */
  static ResponseEntity<byte[]> download(ConsentScan scan) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(scan.getContentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(scan.getFileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(scan.getContent());
  }

  @PostMapping("/{consentId}/withdraw")
  @Operation(summary = "Отозвать согласие")
  ConsentView withdraw(CurrentUser user, @PathVariable Long personId, @PathVariable Long consentId,
      @Valid @RequestBody(required = false) WithdrawRequest request) {
    Consent withdrawn = service.withdraw(user, personId, consentId, request == null ? null : request.reason());
    return ConsentView.of(withdrawn, service.withScan(List.of(withdrawn)).contains(withdrawn.getId()));
  }

  record ConsentRequest(
      @NotNull(message = "укажите вид согласия") ConsentKind kind,
      @NotBlank(message = "укажите, кто подписал согласие") @Size(max = 300, message = "не длиннее 300 символов") String givenBy,
      @NotNull(message = "укажите, кем приходится подписавший (SELF, PARENT, LEGAL_REPRESENTATIVE)") ConsentGiver givenByRelation,
      Instant givenAt,
      @Size(max = 300, message = "не длиннее 300 символов") String document) {}

  record WithdrawRequest(@Size(max = 1000, message = "причина не длиннее 1000 символов") String reason) {}

  record ConsentView(Long id, Long personId, ConsentKind kind, String kindTitle, String givenBy,
      ConsentGiver givenByRelation, Instant givenAt, String document, boolean valid, Instant withdrawnAt,
      String withdrawalReason, boolean scan) {
    static ConsentView of(Consent c, boolean scan) {
      return new ConsentView(c.getId(), c.getPerson().getId(), c.getKind(), c.getKind().title(), c.getGivenBy(),
          c.getGivenByRelation(), c.getGivenAt(), c.getDocument(), c.isValid(), c.getWithdrawnAt(),
          c.getWithdrawalReason(), scan);
    }
  }

  record ScanView(Long consentId, String fileName, String contentType, int sizeBytes, Instant uploadedAt) {
    static ScanView of(ConsentScan s) {
      return new ScanView(s.getConsentId(), s.getFileName(), s.getContentType(), s.getSizeBytes(), s.getUploadedAt());
    }
  }
}
