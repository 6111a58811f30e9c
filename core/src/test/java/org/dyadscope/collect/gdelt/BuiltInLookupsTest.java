package org.dyadscope.collect.gdelt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dyadscope.cases.Lookups;
import org.dyadscope.cases.SourceSpec;
import org.dyadscope.collect.Countries;
import org.dyadscope.collect.ReaderRegistry;
import org.dyadscope.collect.RecordingSink;
import org.dyadscope.collect.SourceReader;
import org.dyadscope.store.EventRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GDELT reading with the tables in the jar: no data root at all. */
class BuiltInLookupsTest {
  @Test
  void aGdeltReaderNeedsNoDataRoot(@TempDir Path dir) throws IOException {
    SourceReader reader = new ReaderRegistry(null, Lookups.defaults(), Map.of())
        .reader(new SourceSpec("gdelt2", "gdelt", List.of(), Map.of()));
    GdeltRows unknownCode = GdeltRows.v2().set(0, "2").set(26, "999").set(27, "999").set(28, "99");
    GdeltRows unknownToken = GdeltRows.v2().set(0, "3").set(5, "RUSQQQ");
    Path file = Files.write(dir.resolve("20191024143000.export.CSV"),
        List.of(GdeltRows.v2().line61(), unknownCode.line61(), unknownToken.line61()), StandardCharsets.UTF_8);
    RecordingSink sink = new RecordingSink();
    reader.read(file, "gdelt2", file.getFileName().toString(), sink);

    assertThat(sink.events).extracting(EventRow::eventCode).containsExactly("036", "036");
    assertThat(sink.quarantined).hasSize(1);
    assertThat(sink.quarantined.get(0).line()).isEqualTo(2);
    assertThat(sink.quarantined.get(0).reason()).contains("999");
  }

  @Test
  void tkgNeedsTheDataRootForWhatIsNotBuiltIn() {
    ReaderRegistry registry = new ReaderRegistry(null, Lookups.defaults(), Map.of());
    assertThatThrownBy(() -> registry.reader(new SourceSpec("icews14s", "tkg", List.of(),
        Map.of("naming", "ids", "time_unit", "day", "epoch", "2014-01-01"))))
        .isInstanceOf(IOException.class).hasMessage("format tkg needs the data root (--data DIR or $DYADSCOPE_DATA):"
            + " its CAMEO event names (icews/cameo-codes.csv) and PETRARCH-2 actor dictionaries with dated roles"
            + " are not built in");
  }

  @Test
  void builtInActorTokensKnowTypesDictionaryCodesAndNothingElse() throws IOException {
    ActorCode codes = ActorCode.load(null, null, Countries.standard());
    assertThat(codes.split("USAGOVMIL").unknown()).isEmpty();
    assertThat(codes.split("USAGOVMIL").tokens()).extracting(ActorCode.Token::kind)
        .containsExactly(ActorCode.Kind.COUNTRY, ActorCode.Kind.TYPE, ActorCode.Kind.TYPE);
    // EEC (a known group) and CHR (a religion) are known only from the PETRARCH-2 dictionaries' codes
    assertThat(codes.split("IGOEUREEC").tokens()).extracting(ActorCode.Token::kind).last()
        .isEqualTo(ActorCode.Kind.CAMEO_CODE);
    assertThat(codes.split("RUSCHR").unknown()).isEmpty();
    assertThat(codes.split("RUSQQQ").unknown()).containsExactly("QQQ");
  }

  @Test
  void oneSourceNameOverFilesOfTwoFormatsGetsAReaderPerFormat() throws Exception {
    // ingest --source X names every file X, whatever format each file is guessed to be
    ReaderRegistry registry = new ReaderRegistry(null, Lookups.defaults(), Map.of());
    SourceReader gdelt = registry.reader(new SourceSpec("x", "gdelt", List.of(), Map.of()));
    SourceReader sipri = registry.reader(new SourceSpec("x", "sipri", List.of(), Map.of()));
    assertThat(List.of(gdelt.format(), sipri.format())).containsExactly("gdelt", "sipri");
    assertThat(registry.reader(new SourceSpec("x", "gdelt", List.of(), Map.of()))).isSameAs(gdelt);
  }
}
