package ru.nastavnik.monitoring;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.RangeType;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The picture of a report's key figures, drawn on the server with JFreeChart (headless) as one
 * PNG of six bar charts: coverage of young specialists, pairs by stage, meetings and feedback,
 * satisfaction, roadmap items, roadmap indicators — the report's period beside the previous year's.
 */
final class MonitoringChart {

  static {
    // Charts are drawn without a display, in tests as on the server.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private static final Color CURRENT = new Color(0x1F, 0x4E, 0x79);
  private static final Color PREVIOUS = new Color(0x9D, 0xC3, 0xE6);
  private static final String FONT = Font.SANS_SERIF;
  /** Logical size of one chart; the picture is drawn twice as large so that it prints sharp. */
  private static final int CELL_WIDTH = 410;
  private static final int CELL_HEIGHT = 235;
  private static final int LEGEND_HEIGHT = 34;
  private static final int SCALE = 2;
  static final int WIDTH = 2 * CELL_WIDTH;
  static final int HEIGHT = 3 * CELL_HEIGHT + LEGEND_HEIGHT;

  private MonitoringChart() {}

  private record Bar(String label, Function<Figures, Number> value) {}

  /** The picture as PNG; {@code previous} may be null (no previous year to show). */
  static byte[] png(Figures current, String currentLabel, Figures previous, String previousLabel) {
    BufferedImage image = new BufferedImage(WIDTH * SCALE, HEIGHT * SCALE, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.scale(SCALE, SCALE);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      legend(g, currentLabel, previous == null ? null : previousLabel);
      List<JFreeChart> charts = List.of(
          chart("Охват молодых специалистов, %", current, previous, false,
              new Bar("с наставником", Figures::youngCoveragePercent)),
          chart("Пары (группы) наставничества", current, previous, false,
              new Bar("действуют", Figures::activePairs), new Bar("завершили", Figures::completedPairs),
              new Bar("досрочно", Figures::endedEarlyPairs)),
          chart("Встречи и обратная связь", current, previous, false,
              new Bar("встреч план", Figures::meetingsPlanned), new Bar("проведено", Figures::meetingsHeld),
              new Bar("отзывов ждали", Figures::feedbackDue), new Bar("получено", Figures::feedbackGiven)),
          chart("Удовлетворённость встречами (1–10)", current, previous, true,
              new Bar("средняя оценка", Figures::averageSatisfaction)),
          chart("Мероприятия дорожной карты", current, previous, false,
              new Bar("со сроком", Figures::roadmapDue), new Bar("исполнено", Figures::roadmapDone),
              new Bar("не исполнено", Figures::roadmapOverdue)),
          chart("Показатели дорожной карты", current, previous, false,
              new Bar("план", Figures::indicatorPlan), new Bar("факт", Figures::indicatorFact)));
      for (int i = 0; i < charts.size(); i++) {
        int x = (i % 2) * CELL_WIDTH;
        int y = LEGEND_HEIGHT + (i / 2) * CELL_HEIGHT;
        charts.get(i).draw(g, new Rectangle2D.Double(x + 4, y + 4, CELL_WIDTH - 8, CELL_HEIGHT - 8));
      }
    } finally {
      g.dispose();
    }
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void legend(Graphics2D g, String currentLabel, String previousLabel) {
    g.setFont(new Font(FONT, Font.PLAIN, 13));
    int x = 12;
    x = legendItem(g, x, CURRENT, currentLabel);
    if (previousLabel != null) {
      legendItem(g, x + 24, PREVIOUS, previousLabel);
    }
  }

  private static int legendItem(Graphics2D g, int x, Color color, String label) {
    g.setColor(color);
    g.fillRect(x, 11, 14, 14);
    g.setColor(Color.DARK_GRAY);
    g.drawString(label, x + 20, 23);
    return x + 20 + g.getFontMetrics().stringWidth(label);
  }

  private static JFreeChart chart(String title, Figures current, Figures previous, boolean decimal, Bar... bars) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Bar bar : bars) {
      data.addValue(bar.value().apply(current), "current", bar.label());
      if (previous != null) {
        data.addValue(bar.value().apply(previous), "previous", bar.label());
      }
    }
    CategoryAxis categories = new CategoryAxis();
    categories.setTickLabelFont(new Font(FONT, Font.PLAIN, 10));
    categories.setCategoryMargin(0.2);
    categories.setMaximumCategoryLabelWidthRatio(1.3f);
    categories.setMaximumCategoryLabelLines(2);
    NumberAxis values = new NumberAxis();
    values.setTickLabelFont(new Font(FONT, Font.PLAIN, 10));
    values.setUpperMargin(0.2);
    if (!decimal) {
      values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }
    // all zeros still get an axis from 0 up, not a single «0»
    values.setAutoRangeIncludesZero(true);
    values.setAutoRangeMinimumSize(4);
    values.setRangeType(RangeType.POSITIVE);
    if (title.endsWith("%")) {
      values.setRange(0, 110);
    } else if (title.contains("1–10")) {
      values.setRange(0, 11);
    }
    BarRenderer renderer = new BarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setItemMargin(0.05);
    renderer.setMaximumBarWidth(0.18);
    renderer.setSeriesPaint(0, CURRENT);
    renderer.setSeriesPaint(1, PREVIOUS);
    DecimalFormat format = new DecimalFormat(decimal ? "0.0" : "0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("ru")));
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(new Font(FONT, Font.PLAIN, 10));
    renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(new Color(0xD9, 0xD9, 0xD9));
    plot.setRangeGridlineStroke(new BasicStroke(0.8f));
    plot.setInsets(new RectangleInsets(4, 4, 4, 8));
    plot.setNoDataMessage("нет данных");
    JFreeChart chart = new JFreeChart(null, new Font(FONT, Font.BOLD, 13), plot, false);
    TextTitle heading = new TextTitle(title, new Font(FONT, Font.BOLD, 13));
    chart.setTitle(heading);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setBorderVisible(true);
    chart.setBorderPaint(new Color(0xBF, 0xBF, 0xBF));
    return chart;
  }
}
