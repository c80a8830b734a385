package ru.nastavnik.roadmap.parse;

/**
 * The owner a roadmap document names in its title or approval block: an educational organization
 * («МБОУ «СОШ № 5»») or a municipality («города Ханты-Мансийска»).
 *
 * @param kind organization or municipality
 * @param text the words as written in the document
 * @param name the owner in the nominative as far as it can be told («МБОУ «СОШ № 5»», «Ханты-Мансийск»,
 *     «Котельниковский муниципальный район»)
 * @param number the organization's number («СОШ № 5» gives 5), {@code null} when it has none
 */
public record Owner(OwnerKind kind, String text, String name, Integer number) {

  /**
   * Whether this owner is the organization or municipality with the given name as the system
   * keeps it («Город Ханты-Мансийск», «МБОУ «Средняя общеобразовательная школа № 5»»): numbered
   * organizations match by number, everything else by the distinctive words of the name, compared
   * without their endings. The import review warns when a document's owner does not match.
   */
  public boolean matches(String systemName) {
    return OwnerParser.matches(this, systemName);
  }
}
