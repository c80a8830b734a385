package ru.nastavnik.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One difficulty of the mentee's request with its self-assessment (1–10) at the entry and at the
 * final survey; the growth is the difference.
 */
@Entity
@Table(name = "program_survey_item")
public class SurveyItem {

  /** The item for the request's own «other difficulty» (not in the competency catalogue). */
  public static final String OTHER = "OTHER";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id")
  private MentoringProgram program;

  @Column(name = "seq", nullable = false)
  private int sequence;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(nullable = false, length = 2000)
  private String title;

  @Column(name = "entry_score")
  private Integer entryScore;

  @Column(name = "final_score")
  private Integer finalScore;

  protected SurveyItem() {}

  SurveyItem(MentoringProgram program, int sequence, String code, String title) {
    this.program = program;
    this.sequence = sequence;
    this.code = code;
    this.title = title;
  }

  void score(SurveyKind kind, int score) {
    if (kind == SurveyKind.ENTRY) {
      this.entryScore = score;
    } else {
      this.finalScore = score;
    }
  }

  /** Final minus entry score, once both are known. */
  public Integer getGrowth() {
    return entryScore == null || finalScore == null ? null : finalScore - entryScore;
  }

  public Long getId() { return id; }
  public MentoringProgram getProgram() { return program; }
  public int getSequence() { return sequence; }
  public String getCode() { return code; }
  public String getTitle() { return title; }
  public Integer getEntryScore() { return entryScore; }
  public Integer getFinalScore() { return finalScore; }
}
