package ru.nastavnik.roadmap.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Approval and signatory blocks above the table, kept out of the title, and the owner the document names. */
class ApprovalAndOwnerTest {

  private static final LocalDate FROM = LocalDate.of(2026, 9, 1);
  private static final LocalDate TO = LocalDate.of(2027, 8, 31);
  private static final String TABLE = "№ п/п\tМероприятие\tСроки\tОтветственный\n"
      + "1.\tНазначить куратора\tСентябрь\tДиректор\n";

  private static ParsedRoadmap parse(String above) {
    return new RoadmapParser().parse("карта.txt", (above + TABLE).getBytes(StandardCharsets.UTF_8), FROM, TO);
  }

  @Test
  void anApprovalByOrderGivesItsBodyDateAndNumberAndStaysOutOfTheTitle() {
    ParsedRoadmap roadmap = parse("УТВЕРЖДЕНА\nприказом управления образования администрации города Ханты-Мансийска\n"
        + "от 14.01.2026 № 12-о\nДорожная карта МБОУ «СОШ № 5» на 2026/2027 учебный год\n");

    assertThat(roadmap.title()).isEqualTo("Дорожная карта МБОУ «СОШ № 5» на 2026/2027 учебный год");
    assertThat(roadmap.approvals()).hasSize(1);
    Approval approval = roadmap.approvals().get(0);
    assertThat(approval.kind()).isEqualTo(ApprovalKind.APPROVED);
    assertThat(approval.documentKind()).isEqualTo("приказ");
    assertThat(approval.body()).isEqualTo("управления образования администрации города Ханты-Мансийска");
    assertThat(approval.date()).isEqualTo(LocalDate.of(2026, 1, 14));
    assertThat(approval.number()).isEqualTo("12-о");
    assertThat(approval.text()).startsWith("УТВЕРЖДЕНА приказом").endsWith("№ 12-о");
  }

  @Test
  void aHeadsSignatureGivesPositionAndName() {
    ParsedRoadmap roadmap = parse("УТВЕРЖДАЮ\nДиректор МБОУ «СОШ № 5»\n__________ /подпись/ И.И. Иванов\n«__» ________ 2026 г.\n"
        + "План мероприятий (дорожная карта)\n");

    assertThat(roadmap.title()).isEqualTo("План мероприятий (дорожная карта)");
    Approval approval = roadmap.approvals().get(0);
    assertThat(approval.kind()).isEqualTo(ApprovalKind.APPROVED_BY_HEAD);
    assertThat(approval.signatoryPosition()).isEqualTo("Директор МБОУ «СОШ № 5»");
    assertThat(approval.signatoryName()).isEqualTo("И.И. Иванов");
    assertThat(approval.date()).isNull();
  }

  @Test
  void anAnnexGivesItsNumberAndTheOrder() {
    ParsedRoadmap roadmap = parse("Приложение № 1\nк приказу МБОУ «СОШ № 5»\nот «14» января 2026 г. № 12-о\n\n"
        + "Дорожная карта\n");

    assertThat(roadmap.title()).isEqualTo("Дорожная карта");
    Approval annex = roadmap.approvals().get(0);
    assertThat(annex.kind()).isEqualTo(ApprovalKind.ANNEX);
    assertThat(annex.annex()).isEqualTo("1");
    assertThat(annex.documentKind()).isEqualTo("приказ");
    assertThat(annex.body()).isEqualTo("МБОУ «СОШ № 5»");
    assertThat(annex.date()).isEqualTo(LocalDate.of(2026, 1, 14));
    assertThat(annex.number()).isEqualTo("12-о");
  }

  @Test
  void aBlockOnTheTitlesOwnLineAsAPdfParagraphGivesIsCutOffTheTitle() {
    ParsedRoadmap roadmap = parse("УТВЕРЖДЕНА приказом директора от 14.01.2026 № 12-о Дорожная карта школы на 2026/2027 учебный год\n");

    assertThat(roadmap.title()).isEqualTo("Дорожная карта школы на 2026/2027 учебный год");
    assertThat(roadmap.approvals()).extracting(Approval::number).containsExactly("12-о");
  }

  @Test
  void runningTextOfAnOrderIsNotABlock() {
    ParsedRoadmap roadmap = parse("В соответствии с основными принципами, утверждены распоряжением Правительства РФ "
        + "от 31.12.2019 №3273-р, приказываю утвердить дорожную карту.\n\nДорожная карта\n");

    assertThat(roadmap.approvals()).isEmpty();
    assertThat(roadmap.title()).isEqualTo("Дорожная карта");
  }

  @Test
  void theSeedsApprovalBlocks() {
    Approval kotelnikovo = Seeds.KOTELNIKOVO.parse().approvals().get(0);
    assertThat(kotelnikovo.kind()).isEqualTo(ApprovalKind.APPROVED);
    assertThat(kotelnikovo.body()).isEqualTo("отдела образования администрации Котельниковского муниципального района Волгоградской области");
    assertThat(kotelnikovo.date()).isEqualTo(LocalDate.of(2022, 3, 29));
    assertThat(kotelnikovo.number()).isEqualTo("100-д");

    Approval nizhnevartovsk = Seeds.NIZHNEVARTOVSK.parse().approvals().get(0);
    assertThat(nizhnevartovsk.kind()).isEqualTo(ApprovalKind.ANNEX);
    assertThat(nizhnevartovsk.body()).isEqualTo("департамента образования администрации города");
    assertThat(nizhnevartovsk.date()).isEqualTo(LocalDate.of(2025, 7, 26));
    assertThat(nizhnevartovsk.number()).isEqualTo("4/12");

    assertThat(Seeds.KHANTY_MANSIYSK.parse().approvals()).isEmpty();
  }

  @Test
  void theOwnerIsASchoolWithItsNumber() {
    Owner owner = parse("Дорожная карта МБОУ «СОШ № 5» на 2026/2027 учебный год\n").owner();

    assertThat(owner.kind()).isEqualTo(OwnerKind.ORGANIZATION);
    assertThat(owner.text()).isEqualTo("МБОУ «СОШ № 5»");
    assertThat(owner.number()).isEqualTo(5);
    assertThat(owner.matches("МБОУ «Средняя общеобразовательная школа № 5»")).isTrue();
    assertThat(owner.matches("МБОУ «СОШ № 7»")).isFalse();
  }

  @Test
  void theSeedsOwners() {
    Owner khm = Seeds.KHANTY_MANSIYSK.parse().owner();
    assertThat(khm.kind()).isEqualTo(OwnerKind.MUNICIPALITY);
    assertThat(khm.text()).isEqualTo("города Ханты-Мансийска");
    assertThat(khm.name()).isEqualTo("Ханты-Мансийск");
    assertThat(khm.matches("Город Ханты-Мансийск")).isTrue();
    assertThat(khm.matches("Волгоград")).isFalse();

    assertThat(Seeds.AZOV.parse().owner().name()).isEqualTo("Азов");
    assertThat(Seeds.NIZHNEVARTOVSK.parse().owner().name()).isEqualTo("Нижневартовск");
    Owner kotelnikovo = Seeds.KOTELNIKOVO.parse().owner();
    assertThat(kotelnikovo.name()).isEqualTo("Котельниковский муниципальный район");
    assertThat(kotelnikovo.matches("Котельниковский муниципальный район Волгоградской области")).isTrue();

    Owner school = Seeds.LYUDINOVO_SCHOOL.parse().owner();
    assertThat(school.kind()).isEqualTo(OwnerKind.ORGANIZATION);
    assertThat(school.text()).isEqualTo("ГКОУКО «Людиновская школа-интернат»");
    assertThat(school.number()).isNull();
    assertThat(school.matches("ГКОУ КО «Людиновская школа-интернат»")).isTrue();
    assertThat(school.matches("МБОУ «СОШ № 1»")).isFalse();
  }

  @Test
  void aDocumentThatNamesNoOwnerHasNone() {
    assertThat(parse("Дорожная карта\n").owner()).isNull();
  }
}
