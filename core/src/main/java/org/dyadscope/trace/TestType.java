package org.dyadscope.trace;

/**
 * Van Evera's four process-tracing tests with dyadscope's default likelihoods.
 *
 * <p>Sources: Van Evera, <i>Guide to Methods for Students of Political Science</i> (Cornell UP,
 * 1997), ch. 1 — the tests as certain/unique predictions; Collier, "Understanding Process
 * Tracing", <i>PS: Political Science &amp; Politics</i> 44(4), 2011, Table 1 — the tests as
 * necessary and/or sufficient for affirming causal inference; Bennett, "Disciplining our
 * conjectures: systematizing process tracing with Bayesian analysis", in Bennett &amp; Checkel
 * (eds.), <i>Process Tracing</i> (Cambridge UP, 2015), appendix — the tests as likelihood ratios
 * P(E|H)/P(E|¬H) in Bayes' rule. Those sources define the tests qualitatively; the numbers below
 * are dyadscope's operationalisation of them, chosen so that every point of a type's box
 * {@code P(E|H) × P(E|¬H)} is classified back to that type by {@link #classify} (threshold
 * {@link #DECISIVE_RATIO}):
 *
 * <pre>
 * type               P(E|H) range  point   P(E|¬H) range  point   passing LR   failing LR
 * straw in the wind  [0.55, 0.75]  0.60    [0.25, 0.45]   0.40    1.5          0.67
 * hoop               [0.94, 0.99]  0.95    [0.35, 0.65]   0.60    1.58         0.125
 * smoking gun        [0.40, 0.75]  0.60    [0.01, 0.075]  0.05    12           0.42
 * doubly decisive    [0.90, 0.99]  0.95    [0.01, 0.075]  0.05    19           0.053
 * </pre>
 *
 * The hoop point (0.95, 0.6) is the worked example of dyadscope issue 5.
 */
public enum TestType {
  /** Neither necessary nor sufficient: passing and failing both move beliefs a little. */
  STRAW_IN_THE_WIND("straw_in_the_wind", Range.probability(0.55, 0.75), 0.60, Range.probability(0.25, 0.45), 0.40),
  /** Necessary: H predicts E with near certainty; failing eliminates H, passing helps little. */
  HOOP("hoop", Range.probability(0.94, 0.99), 0.95, Range.probability(0.35, 0.65), 0.60),
  /** Sufficient: E is unlikely unless H; passing strongly confirms, failing hurts little. */
  SMOKING_GUN("smoking_gun", Range.probability(0.40, 0.75), 0.60, Range.probability(0.01, 0.075), 0.05),
  /** Necessary and sufficient: passing confirms H, failing eliminates it. */
  DOUBLY_DECISIVE("doubly_decisive", Range.probability(0.90, 0.99), 0.95, Range.probability(0.01, 0.075), 0.05);

  /**
   * A likelihood ratio at least this large (or, on failing, at most its inverse) counts as
   * decisive: passing with P(E|H)/P(E|¬H) ≥ 5 makes the test sufficient (smoking gun), failing
   * with P(¬E|H)/P(¬E|¬H) ≤ 1/5 makes it necessary (hoop). dyadscope's convention; a ratio of 5
   * lies in the "substantial" band of Jeffreys' scale of Bayes factors (Kass &amp; Raftery 1995,
   * JASA 90(430), p. 777).
   */
  public static final double DECISIVE_RATIO = 5.0;

  private final String label;
  private final Range pEgivenH;
  private final double pEgivenHPoint;
  private final Range pEgivenNotH;
  private final double pEgivenNotHPoint;

  TestType(String label, Range pEgivenH, double pEgivenHPoint, Range pEgivenNotH, double pEgivenNotHPoint) {
    this.label = label;
    this.pEgivenH = pEgivenH;
    this.pEgivenHPoint = pEgivenHPoint;
    this.pEgivenNotH = pEgivenNotH;
    this.pEgivenNotHPoint = pEgivenNotHPoint;
  }

  /** Lower-case name used in YAML and CSV, e.g. {@code smoking_gun}. */
  public String label() {
    return label;
  }

  /** Default range of P(E|H) for the hypothesis the test is for. */
  public Range pEgivenHRange() {
    return pEgivenH;
  }

  /** Default point value of P(E|H). */
  public double pEgivenH() {
    return pEgivenHPoint;
  }

  /** Default range of P(E|¬H), used for every rival of the tested hypothesis. */
  public Range pEgivenNotHRange() {
    return pEgivenNotH;
  }

  /** Default point value of P(E|¬H). */
  public double pEgivenNotH() {
    return pEgivenNotHPoint;
  }

  /**
   * Parses a label ({@code hoop}, {@code smoking_gun}, also with spaces or hyphens, any case).
   *
   * @throws IllegalArgumentException naming the accepted labels
   */
  public static TestType parse(String text) {
    String key = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (TestType t : values()) {
      if (t.label.equals(key)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown test type '" + text
        + "'; use straw_in_the_wind, hoop, smoking_gun or doubly_decisive");
  }

  /**
   * Which test a pair of likelihoods amounts to. If P(E|H) &gt; P(E|¬H) (polarity PRESENCE) the
   * test is sufficient when P(E|H)/P(E|¬H) ≥ {@link #DECISIVE_RATIO} and necessary when
   * P(¬E|H)/P(¬E|¬H) ≤ 1/{@link #DECISIVE_RATIO}: both gives doubly decisive, only sufficient a
   * smoking gun, only necessary a hoop, neither a straw in the wind. If P(E|H) &lt; P(E|¬H), H
   * predicts that E is absent: the pair is classified on ¬E (polarity ABSENCE). Equal likelihoods
   * (within 1e-12) are not diagnostic (type {@code null}).
   *
   * @param pEgivenH P(E|H) in [0, 1]
   * @param pEgivenNotH P(E|¬H) in [0, 1]
   * @throws IllegalArgumentException if either is outside [0, 1] or NaN
   */
  public static Classification classify(double pEgivenH, double pEgivenNotH) {
    if (!(pEgivenH >= 0 && pEgivenH <= 1 && pEgivenNotH >= 0 && pEgivenNotH <= 1)) {
      throw new IllegalArgumentException("likelihoods must lie in [0, 1], got P(E|H)=" + pEgivenH
          + ", P(E|¬H)=" + pEgivenNotH);
    }
    double lrPresent = pEgivenH / pEgivenNotH;
    double lrAbsent = (1 - pEgivenH) / (1 - pEgivenNotH);
    if (Math.abs(pEgivenH - pEgivenNotH) <= 1e-12) {
      return new Classification(null, Classification.Polarity.NONE, 1, 1);
    }
    boolean presence = pEgivenH > pEgivenNotH;
    // On absence, ¬E is the evidence: its confirming ratio is lrAbsent, its failing ratio lrPresent.
    double confirming = presence ? lrPresent : lrAbsent;
    double failing = presence ? lrAbsent : lrPresent;
    boolean sufficient = confirming >= DECISIVE_RATIO;
    boolean necessary = failing <= 1 / DECISIVE_RATIO;
    TestType type = sufficient && necessary ? DOUBLY_DECISIVE
        : sufficient ? SMOKING_GUN
        : necessary ? HOOP
        : STRAW_IN_THE_WIND;
    return new Classification(type, presence ? Classification.Polarity.PRESENCE : Classification.Polarity.ABSENCE,
        lrPresent, lrAbsent);
  }
}
