package ru.nastavnik.roadmap.parse;

/** Whose roadmap a document says it is. */
public enum OwnerKind {
  /** An educational organization: «МБОУ «СОШ № 5»», «ГКОУКО «Людиновская школа-интернат»». */
  ORGANIZATION,
  /** A city, district or other municipality: «города Ханты-Мансийска», «Котельниковского муниципального района». */
  MUNICIPALITY
}
