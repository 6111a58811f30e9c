package org.dyadscope.code.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A frozen securitizing-move detector: a logistic regression over {@link MoveFeatures}, kept as a
 * small JSON file ({@code CASE/model/move-detector.json}, written by {@code dyadscope train}) and
 * applied without the library that fitted it: P(move) = 1 / (1 + exp(−(bias + Σ weights·x))); a
 * move when P(move) ≥ threshold.
 *
 * @param format the file format, {@value #FORMAT}
 * @param encoder the sentence encoder the features were embedded with ({@link SentenceEncoder#version})
 * @param lexicon the lexicon version whose codings are features
 * @param threshold decision threshold on P(move), 0..1, chosen by cross-validation
 * @param bias the intercept
 * @param features the feature names, in order ({@link MoveFeatures#names})
 * @param weights one weight per feature (6 significant digits)
 */
@JsonPropertyOrder({"format", "encoder", "lexicon", "threshold", "bias", "features", "weights"})
public record MoveModel(String format, String encoder, String lexicon, double threshold, double bias,
    List<String> features, double[] weights) {
  /** The format this class reads and writes. */
  public static final String FORMAT = "dyadscope-move-detector/1";
  /** The file's name in a case's {@code model/} folder. */
  public static final String FILE = "move-detector.json";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** A model whose weights and bias are rounded to 6 significant digits (what the file holds). */
  static MoveModel rounded(String encoder, String lexicon, double threshold, double bias, double[] weights) {
    double[] w = new double[weights.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = round(weights[i]);
    }
    return new MoveModel(FORMAT, encoder, lexicon, round(threshold), round(bias), MoveFeatures.names(), w);
  }

  private static double round(double v) {
    return new BigDecimal(v).round(new MathContext(6)).doubleValue();
  }

  /** P(move) of a sentence with features {@code x} ({@link MoveFeatures#of}), 0..1. */
  public double probability(double[] x) {
    double z = bias;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * x[i];
    }
    return 1.0 / (1.0 + Math.exp(-z));
  }

  /** Whether {@code probability} reaches the threshold. */
  public boolean move(double probability) {
    return probability >= threshold;
  }

  /** The file's bytes: indented JSON, UTF-8, a final line break; the same model gives the same bytes. */
  public byte[] toJson() throws IOException {
    return (JSON.writeValueAsString(this) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** Writes the model to {@code file}, replacing it. */
  public void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, toJson());
  }

  /** Where a case's frozen detector is: {@code CASE/model/move-detector.json}. */
  public static Path file(Path caseDir) {
    return caseDir.resolve("model").resolve(FILE);
  }

  /**
   * The case's frozen detector.
   *
   * @throws MissingModelException when the case has none (train it with {@code dyadscope train CASE})
   * @throws IOException when the file cannot be read or parsed
   */
  public static MoveModel forCase(Path caseDir) throws IOException {
    Path f = file(caseDir);
    if (!Files.isRegularFile(f)) {
      throw new MissingModelException(f + ": the case has no trained move detector for --coder model;"
          + " train it with dyadscope train " + caseDir + " (or use --coder lexicon)");
    }
    return read(f);
  }

  /** A case without a trained detector was asked to code with it. */
  public static final class MissingModelException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    MissingModelException(String message) {
      super(message);
    }
  }

  /**
   * Reads a model written by {@link #write}.
   *
   * @throws IOException when the file cannot be read or parsed
   * @throws IllegalArgumentException naming the file when its format or feature layout is not this
   *     version's (retrain it with {@code dyadscope train CASE})
   */
  public static MoveModel read(Path file) throws IOException {
    MoveModel m = JSON.readValue(file.toFile(), MoveModel.class);
    if (!FORMAT.equals(m.format()) || !MoveFeatures.names().equals(m.features())
        || m.weights() == null || m.weights().length != m.features().size()) {
      throw new IllegalArgumentException(file + ": not a " + FORMAT + " model with this version's features;"
          + " retrain it with dyadscope train CASE");
    }
    return m;
  }
}
