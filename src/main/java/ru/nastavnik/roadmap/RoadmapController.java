package ru.nastavnik.roadmap;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.nastavnik.roadmap.parse.ParsedRoadmap;
import ru.nastavnik.system.CurrentUser;

/**
 * REST for roadmaps: read a document without storing it, list the roadmaps one may follow, and
 * their progress. Importing itself is the Tasklist process «Загрузка дорожной карты».
 */
@RestController
@RequestMapping("/api/roadmaps")
@Tag(name = "Дорожные карты", description = "Предпросмотр документа, список дорожных карт и ход их исполнения")
class RoadmapController {

  private final RoadmapImportService imports;
  private final RoadmapProgressService progress;
  private final RoadmapWithdrawal withdrawal;

  RoadmapController(RoadmapImportService imports, RoadmapProgressService progress, RoadmapWithdrawal withdrawal) {
    this.imports = imports;
    this.progress = progress;
    this.withdrawal = withdrawal;
  }

  @PostMapping(value = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Прочитать дорожную карту (.docx, .doc, .odt, PDF с текстом, .xlsx, .xls или текст; формат определяется по содержимому) за период, ничего не сохраняя: разделы, мероприятия, сроки, замечания")
  PreviewView preview(@RequestPart("file") MultipartFile file,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd, CurrentUser user) throws IOException {
    RoadmapImportService.checkSize(file.getSize());
    return PreviewView.of(imports.preview(new RoadmapImportService.Upload(file.getOriginalFilename(), file.getBytes()),
        periodStart, periodEnd));
  }

  @GetMapping
  @Operation(summary = "Дорожные карты, ход которых доступен пользователю")
  List<RoadmapProgressService.RoadmapSummary> list(CurrentUser user) {
    return progress.list(user);
  }

  @GetMapping("/{id}/progress")
  @Operation(summary = "Ход исполнения: по каждому мероприятию сроки, исполнено/в работе/просрочено и план-факт показателей по годам")
  RoadmapProgressService.RoadmapProgress progress(@PathVariable Long id, CurrentUser user) {
    return progress.progress(user, id);
  }

  @PostMapping(value = "/{id}/edition", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Заменить дорожную карту новой редакцией документа (тот же период): мероприятия сопоставляются по номеру и тексту; задачи исключённых отменяются, новые планируются, изменённые сроки переносятся, история сохраняется")
  RoadmapEditions.Edition edition(@PathVariable Long id, @RequestPart("file") MultipartFile file, CurrentUser user)
      throws IOException {
    RoadmapImportService.checkSize(file.getSize());
    return withdrawal.edition(user, id, new RoadmapImportService.Upload(file.getOriginalFilename(), file.getBytes()));
  }

  @PostMapping("/{id}/withdraw")
  @Operation(summary = "Отозвать дорожную карту с указанием причины: все неисполненные мероприятия отменяются, их задачи закрываются")
  WithdrawalView withdraw(@PathVariable Long id, @RequestBody(required = false) WithdrawalRequest request, CurrentUser user) {
    int cancelled = withdrawal.withdraw(user, id,
        RoadmapForms.withdrawalReason(request == null ? null : request.reason()));
    RoadmapProgressService.RoadmapProgress view = progress.progress(user, id);
    return new WithdrawalView(id, view.status(), view.statusTitle(), cancelled);
  }

  /** Why the roadmap is withdrawn. */
  record WithdrawalRequest(String reason) {}

  /** The withdrawn roadmap and how many occurrences were cancelled. */
  record WithdrawalView(Long id, RoadmapStatus status, String statusTitle, int cancelled) {}

  /** The preview: the document as read, nothing stored. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record PreviewView(String title, List<SectionView> sections, List<ItemView> items, List<WarningView> warnings) {
    static PreviewView of(ParsedRoadmap parsed) {
      return new PreviewView(parsed.title(),
          parsed.sections().stream().map(s -> new SectionView(s.number(), s.title())).toList(),
          parsed.items().stream().map(i -> new ItemView(i.number(), i.section(), i.title(),
              new DeadlineView(i.deadline().text(), i.deadline().kind().name(), i.deadline().start(), i.deadline().dueDates()),
              new ResponsibleView(i.responsible().text(), i.responsible().fanOut()), i.expectedResult(),
              i.indicators().stream().map(x -> new IndicatorView(x.year(), x.target())).toList())).toList(),
          parsed.warnings().stream().map(w -> new WarningView(w.row(), w.message())).toList());
    }
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record SectionView(String number, String title) {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record ItemView(String number, String section, String title, DeadlineView deadline, ResponsibleView responsible,
      String expectedResult, List<IndicatorView> indicators) {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record DeadlineView(String text, String kind, LocalDate start, List<LocalDate> dueDates) {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record ResponsibleView(String text, boolean fanOut) {}

  record IndicatorView(int year, int target) {}

  record WarningView(int row, String message) {}
}
