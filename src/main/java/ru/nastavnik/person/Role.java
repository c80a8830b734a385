package ru.nastavnik.person;

import ru.nastavnik.organization.GroupNames;
import ru.nastavnik.organization.Organization;

/** What a person does in the mentoring model; each role is a Camunda group of its organization. */
public enum Role {
  DIRECTOR("Руководитель организации", "Руководители", false),
  CURATOR("Куратор наставничества", "Кураторы", false),
  MENTOR("Наставник", "Наставники", false),
  MENTEE("Наставляемый", "Наставляемые", false),
  COORDINATOR("Муниципальный координатор", "Координаторы", true),
  MANAGER("Специалист органа управления образованием", "Управление образованием", true);

  private final String title;
  private final String groupTitle;
  private final boolean municipal;

  Role(String title, String groupTitle, boolean municipal) {
    this.title = title;
    this.groupTitle = groupTitle;
    this.municipal = municipal;
  }

  public String title() { return title; }

  /** Municipal roles act for the whole municipality, not for one organization. */
  public boolean isMunicipal() { return municipal; }

  /** The Camunda group a holder of this role in {@code organization} belongs to. */
  public String groupId(Organization organization) {
    String org = organization.getCode();
    String mun = organization.getMunicipality().getCode();
    return switch (this) {
      case DIRECTOR -> GroupNames.directors(org);
      case CURATOR -> GroupNames.curators(org);
      case MENTOR -> GroupNames.mentors(org);
      case MENTEE -> GroupNames.mentees(org);
      case COORDINATOR -> GroupNames.coordinators(mun);
      case MANAGER -> GroupNames.managers(mun);
    };
  }

  /** Russian group name shown in Camunda Admin. */
  public String groupName(Organization organization) {
    String owner = municipal ? organization.getMunicipality().getName() : organization.getShortName();
    return groupTitle + ": " + owner;
  }
}
