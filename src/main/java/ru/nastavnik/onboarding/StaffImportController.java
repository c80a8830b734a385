package ru.nastavnik.onboarding;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.nastavnik.system.CurrentUser;

/** REST: a staff list of a school information system into the registry of people. */
@RestController
@RequestMapping("/api/people")
@Tag(name = "Участники")
class StaffImportController {

  private final StaffImport imports;

  StaffImportController(StaffImport imports) {
    this.imports = imports;
  }

  @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Загрузить список сотрудников (XLSX или CSV из АИС школы): каждая строка — создан, изменён,"
      + " без изменений или ошибка; dryRun=true только проверяет")
  StaffImport.Result importStaff(CurrentUser user, @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) Long organizationId,
      @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
    if (file.getSize() > StaffFile.MAX_BYTES) {
      throw new StaffFileException("Файл больше " + StaffFile.MAX_BYTES / (1024 * 1024)
          + " МБ: разделите список на несколько файлов", true);
    }
    return imports.importFile(user, file.getBytes(), organizationId, dryRun);
  }
}
