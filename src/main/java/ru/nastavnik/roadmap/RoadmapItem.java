package ru.nastavnik.roadmap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.nastavnik.roadmap.parse.DeadlineKind;
import ru.nastavnik.roadmap.parse.ResponsibleBody;

/**
 * One item (мероприятие) of a roadmap as confirmed: the document's wording kept, with the
 * deadline kind and the responsible bodies the import settled (by reading or by the reviewer).
 */
@Entity
@Table(name = "roadmap_item")
public class RoadmapItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "roadmap_id")
  private Roadmap roadmap;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(length = 100)
  private String number;

  @Column(name = "section_number", length = 4000)
  private String section;

  @Column(nullable = false, length = 20000)
  private String title;

  @Column(name = "deadline_text", length = 4000)
  private String deadlineText;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "deadline_kind", nullable = false, length = 40)
  private DeadlineKind deadlineKind;

  @Column(name = "deadline_start")
  private LocalDate deadlineStart;

  @Column(name = "deadline_set_by_reviewer", nullable = false)
  private boolean deadlineSetByReviewer;

  @Column(name = "responsible_text", length = 4000)
  private String responsibleText;

  @Convert(converter = ResponsibleBodiesConverter.class)
  @Column(name = "responsible_bodies", nullable = false, length = 200)
  private Set<ResponsibleBody> responsibleBodies = EnumSet.noneOf(ResponsibleBody.class);

  @Column(name = "responsible_set_by_reviewer", nullable = false)
  private boolean responsibleSetByReviewer;

  @Column(name = "fan_out", nullable = false)
  private boolean fanOut;

  @Column(name = "expected_result", length = 20000)
  private String expectedResult;

  @Column(name = "source_row", nullable = false)
  private int sourceRow;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "system_fact", length = 40)
  private SystemFact systemFact;

  @ElementCollection
  @CollectionTable(name = "roadmap_item_indicator", joinColumns = @JoinColumn(name = "item_id"))
  @OrderBy("year")
  private List<ItemIndicator> indicators = new ArrayList<>();

  protected RoadmapItem() {}

  RoadmapItem(Roadmap roadmap, int sortOrder, String number, String section, String title, int sourceRow) {
    this.roadmap = roadmap;
    this.sortOrder = sortOrder;
    this.number = number;
    this.section = section;
    this.title = title;
    this.sourceRow = sourceRow;
  }

  void deadline(String text, DeadlineKind kind, LocalDate start, boolean setByReviewer) {
    this.deadlineText = text;
    this.deadlineKind = kind;
    this.deadlineStart = start;
    this.deadlineSetByReviewer = setByReviewer;
  }

  void responsible(String text, Set<ResponsibleBody> bodies, boolean fanOut, boolean setByReviewer) {
    this.responsibleText = text;
    this.responsibleBodies = bodies.isEmpty() ? EnumSet.noneOf(ResponsibleBody.class) : EnumSet.copyOf(bodies);
    this.fanOut = fanOut;
    this.responsibleSetByReviewer = setByReviewer;
  }

  void result(String expectedResult, List<ItemIndicator> indicators) {
    this.expectedResult = expectedResult;
    this.indicators = new ArrayList<>(indicators);
  }

  /** Linked at review: the occurrences close themselves when the system records the fact (null: not linked). */
  void linkFact(SystemFact fact) {
    this.systemFact = fact;
  }

  /** The target for a year, if the document sets one. */
  public Optional<Integer> targetFor(int year) {
    return indicators.stream().filter(i -> i.getYear() == year).map(ItemIndicator::getTarget).findFirst();
  }

  /** «1.2. Актуализация раздела …» — the number as written, then the title. */
  public String label() {
    return number == null || number.isBlank() ? title : number + " " + title;
  }

  public Long getId() { return id; }
  public Roadmap getRoadmap() { return roadmap; }
  public int getSortOrder() { return sortOrder; }
  public String getNumber() { return number; }
  public String getSection() { return section; }
  public String getTitle() { return title; }
  public String getDeadlineText() { return deadlineText; }
  public DeadlineKind getDeadlineKind() { return deadlineKind; }
  public LocalDate getDeadlineStart() { return deadlineStart; }
  public boolean isDeadlineSetByReviewer() { return deadlineSetByReviewer; }
  public String getResponsibleText() { return responsibleText; }
  public Set<ResponsibleBody> getResponsibleBodies() { return responsibleBodies; }
  public boolean isResponsibleSetByReviewer() { return responsibleSetByReviewer; }
  /** Done by every educational organization of the municipality: the fact is counted, not typed in. */
  public boolean isFanOut() { return fanOut; }
  public String getExpectedResult() { return expectedResult; }
  public int getSourceRow() { return sourceRow; }
  public List<ItemIndicator> getIndicators() { return indicators; }
  public SystemFact getSystemFact() { return systemFact; }
}
