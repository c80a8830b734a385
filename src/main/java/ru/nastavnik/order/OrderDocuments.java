package ru.nastavnik.order;

import java.util.ArrayList;
import java.util.List;
import ru.nastavnik.documents.OfficialDocx;
import ru.nastavnik.documents.PersonNames;

/**
 * The director's orders as Word documents ready to sign: «О закреплении наставнических пар
 * (групп)» and «О назначении куратора реализации программ наставничества». Without a number
 * and a date the order is a draft with blanks for them.
 */
final class OrderDocuments {

  private OrderDocuments() {}

  /** A pair of the order: the mentor and the mentee with their positions, the form, the program's term. */
  record PairLine(String mentor, String mentorPosition, String mentee, String menteePosition, String form, String term) {}

  /** What the pairs' order says. */
  record PairsOrder(String organization, String organizationShort, String place, String date, String number,
      List<PairLine> pairs, String group, List<String> grounds, String curatorName, OfficialDocx.Signer signer,
      OfficialDocx.Executor executor) {}

  /** What the curator's appointment says. */
  record CuratorOrder(String organization, String organizationShort, String place, String date, String number,
      String curatorFullName, String curatorPosition, String from, OfficialDocx.Signer signer,
      OfficialDocx.Executor executor) {}

  static byte[] pairs(PairsOrder o) {
    OfficialDocx doc = new OfficialDocx();
    doc.requisites(new OfficialDocx.Requisites(o.organization(), "Приказ", o.date(), o.number(), o.place(),
        "О закреплении наставнических пар (групп)"));
    doc.paragraph("В целях реализации целевой модели наставничества в " + o.organizationShort()
        + ", в соответствии с Положением о наставничестве в " + o.organizationShort()
        + ", на основании письменных согласий наставников и наставляемых");
    doc.command("ПРИКАЗЫВАЮ:");
    doc.paragraph("1. Закрепить наставнические пары (группы) на период реализации персонализированных программ"
        + " наставничества:");
    List<List<String>> rows = new ArrayList<>();
    int n = 1;
    for (PairLine pair : o.pairs()) {
      rows.add(List.of(n++ + ".", person(pair.mentor(), pair.mentorPosition()), person(pair.mentee(), pair.menteePosition()),
          pair.form(), pair.term()));
    }
    doc.table(List.of("№", "Наставник", "Наставляемый", "Форма наставничества", "Срок реализации программы"), rows,
        new int[] {5, 26, 26, 22, 21}, null, OfficialDocx.TABLE_SIZE);
    if (o.group() != null) {
      doc.paragraph(o.group());
    }
    doc.paragraph("2. Наставникам в течение 10 рабочих дней со дня издания приказа разработать персонализированные"
        + " программы наставничества и представить их куратору на согласование.");
    doc.paragraph("3. Куратору реализации программ наставничества "
        + (o.curatorName() == null ? "" : PersonNames.initialsAndSurname(o.curatorName()) + " ")
        + "обеспечить сопровождение наставнических пар (групп), сбор обратной связи по встречам и мониторинг реализации"
        + " программ наставничества.");
    doc.paragraph("4. Контроль за исполнением приказа оставляю за собой.");
    doc.labelled("Основание", String.join("; ", o.grounds()) + ".");
    doc.signature(o.signer());
    List<String> acquainted = new ArrayList<>();
    for (PairLine pair : o.pairs()) {
      if (!acquainted.contains(pair.mentor())) acquainted.add(pair.mentor());
      if (!acquainted.contains(pair.mentee())) acquainted.add(pair.mentee());
    }
    if (o.curatorName() != null && !acquainted.contains(o.curatorName())) acquainted.add(o.curatorName());
    doc.acquaintance("С приказом ознакомлены:", acquainted);
    doc.executor(o.executor());
    return doc.toBytes();
  }

  static byte[] curator(CuratorOrder o) {
    OfficialDocx doc = new OfficialDocx();
    doc.requisites(new OfficialDocx.Requisites(o.organization(), "Приказ", o.date(), o.number(), o.place(),
        "О назначении куратора реализации программ наставничества"));
    doc.paragraph("В целях организации работы по реализации целевой модели наставничества в " + o.organizationShort()
        + ", в соответствии с Положением о наставничестве в " + o.organizationShort());
    doc.command("ПРИКАЗЫВАЮ:");
    doc.paragraph("1. Назначить куратором реализации программ наставничества в " + o.organizationShort() + " " + o.from()
        + ": " + person(o.curatorFullName(), o.curatorPosition()) + ".");
    doc.paragraph("2. Куратору реализации программ наставничества:");
    doc.item("формировать и вести базы (банки) наставников и наставляемых, реестр программ наставничества;");
    doc.item("организовывать подбор и закрепление наставнических пар (групп), готовить проекты приказов о закреплении;");
    doc.item("сопровождать реализацию персонализированных программ наставничества, собирать обратную связь по встречам;");
    doc.item("проводить внутренний мониторинг и готовить отчёты о реализации целевой модели наставничества;");
    doc.item("формировать банк успешных практик наставничества.");
    doc.paragraph("3. Контроль за исполнением приказа оставляю за собой.");
    doc.signature(o.signer());
    doc.acquaintance("С приказом ознакомлен(а):", List.of(o.curatorFullName()));
    doc.executor(o.executor());
    return doc.toBytes();
  }

  private static String person(String fullName, String position) {
    return position == null || position.isBlank() ? fullName : fullName + ", " + lowerFirst(position);
  }

  private static String lowerFirst(String text) {
    // «Учитель математики» reads «…, учитель математики» after a name; abbreviations (МБОУ, УВР) stay
    if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
      return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
    return text;
  }
}
