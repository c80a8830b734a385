package ru.nastavnik.organization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.system.CurrentUser;

/** REST for regions, municipalities and organizations. */
@RestController
@RequestMapping("/api")
@Tag(name = "Организации", description = "Регионы, муниципалитеты, органы управления и образовательные организации")
class OrganizationController {

  static final String CODE_PATTERN = "^[a-z0-9][a-z0-9-]{1,39}$";
  static final String CODE_MESSAGE = "код: латинские строчные буквы, цифры и дефис, от 2 до 40 символов";

  private final OrganizationService service;

  OrganizationController(OrganizationService service) {
    this.service = service;
  }

  @GetMapping("/regions")
  @Operation(summary = "Список регионов")
  List<RegionView> regions() {
    return service.regions().stream().map(RegionView::of).toList();
  }

  @PostMapping("/regions")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Добавить регион (администратор)")
  RegionView createRegion(CurrentUser user, @Valid @RequestBody RegionRequest request) {
    return RegionView.of(service.createRegion(user, request.code(), request.name().trim()));
  }

  @GetMapping("/municipalities")
  @Operation(summary = "Муниципалитеты, доступные пользователю")
  List<MunicipalityView> municipalities(CurrentUser user) {
    return service.municipalities(user).stream().map(MunicipalityView::of).toList();
  }

  @PostMapping("/municipalities")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Добавить муниципалитет (администратор)")
  MunicipalityView createMunicipality(CurrentUser user, @Valid @RequestBody MunicipalityRequest request) {
    return MunicipalityView.of(service.createMunicipality(user,
        request.regionId(), request.code(), request.name().trim(), request.timeZone().trim()));
  }

  @PutMapping("/municipalities/{id}")
  @Operation(summary = "Изменить название и часовой пояс муниципалитета")
  MunicipalityView updateMunicipality(CurrentUser user, @PathVariable Long id,
      @Valid @RequestBody MunicipalityRequest request) {
    return MunicipalityView.of(service.updateMunicipality(user, id, request.name().trim(), request.timeZone().trim()));
  }

  @GetMapping("/organizations")
  @Operation(summary = "Организации, доступные пользователю")
  List<OrganizationView> organizations(CurrentUser user, @RequestParam(required = false) Long municipalityId) {
    return service.organizations(user, municipalityId).stream().map(OrganizationView::of).toList();
  }

  @GetMapping("/organizations/{id}")
  @Operation(summary = "Организация")
  OrganizationView organization(CurrentUser user, @PathVariable Long id) {
    return OrganizationView.of(service.organization(user, id));
  }

  @PostMapping("/organizations")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Добавить организацию (администратор или координатор муниципалитета)")
  OrganizationView createOrganization(CurrentUser user, @Valid @RequestBody OrganizationRequest request) {
    return OrganizationView.of(service.createOrganization(user, request.municipalityId(), request.kind(), request.code(),
        request.name().trim(), request.shortName().trim(), request.email()));
  }

  @PutMapping("/organizations/{id}")
  @Operation(summary = "Изменить организацию (код не меняется)")
  OrganizationView updateOrganization(CurrentUser user, @PathVariable Long id,
      @Valid @RequestBody OrganizationRequest request) {
    return OrganizationView.of(service.updateOrganization(user,
        id, request.kind(), request.name().trim(), request.shortName().trim(), request.email()));
  }

  record RegionRequest(
      @NotBlank(message = "укажите код региона") @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String code,
      @NotBlank(message = "укажите название региона") @Size(max = 300, message = "не длиннее 300 символов") String name) {}

  record RegionView(Long id, String code, String name) {
    static RegionView of(Region r) {
      return new RegionView(r.getId(), r.getCode(), r.getName());
    }
  }

  record MunicipalityRequest(
      Long regionId,
      @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String code,
      @NotBlank(message = "укажите название муниципалитета") @Size(max = 300, message = "не длиннее 300 символов") String name,
      @NotBlank(message = "укажите часовой пояс, например Asia/Yekaterinburg") String timeZone) {}

  record MunicipalityView(Long id, Long regionId, String code, String name, String timeZone) {
    static MunicipalityView of(Municipality m) {
      return new MunicipalityView(m.getId(), m.getRegion().getId(), m.getCode(), m.getName(), m.getTimeZone().getId());
    }
  }

  record OrganizationRequest(
      @NotNull(message = "укажите муниципалитет") Long municipalityId,
      @NotNull(message = "укажите тип организации") OrganizationKind kind,
      @NotBlank(message = "укажите код организации") @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String code,
      @NotBlank(message = "укажите полное название") @Size(max = 500, message = "не длиннее 500 символов") String name,
      @NotBlank(message = "укажите краткое название") @Size(max = 200, message = "не длиннее 200 символов") String shortName,
      @Email(message = "некорректный адрес электронной почты") String email) {}

  record OrganizationView(Long id, Long municipalityId, String municipalityCode, OrganizationKind kind,
      String kindTitle, String code, String name, String shortName, String email) {
    static OrganizationView of(Organization o) {
      return new OrganizationView(o.getId(), o.getMunicipality().getId(), o.getMunicipality().getCode(), o.getKind(),
          o.getKind().title(), o.getCode(), o.getName(), o.getShortName(), o.getEmail());
    }
  }
}
