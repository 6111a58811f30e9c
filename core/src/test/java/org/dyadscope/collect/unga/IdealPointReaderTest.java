package org.dyadscope.collect.unga;

import org.dyadscope.collect.RecordingSink;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dyadscope.TestData;
import org.dyadscope.store.IdealPointRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdealPointReaderTest {
  private static final String REAL = "unvotes/IdealpointestimatesAll_Jun2022.csv";
  private static final String HEADER = "\"\",\"ccode\",\"session\",\"NVotesAll\",\"IdealPointAll\","
      + "\"QO%All\",\"iso3c\",\"Countryname\"\r\n";

  private static RecordingSink real;

  private final IdealPointReader reader = new IdealPointReader();

  @TempDir Path dir;

  @Test
  void loadsEveryRowOfTheJune2022File() throws IOException {
    RecordingSink sink = real();
    // `wc -l` gives 10855 lines (CRLF, one header line); Python's csv module on the cp1252 text
    // gives 10854 records of 14 fields, none with an NA iso3c or a non-numeric IdealPointAll
    assertThat(sink.idealPoints).hasSize(10854);
    assertThat(sink.quarantined).isEmpty();
  }

  @Test
  void russiaAndIranInSession70() throws IOException {
    Map<String, IdealPointRow> s70 = real().idealPoints.stream()
        .filter(r -> r.session() == 70)
        .collect(Collectors.toMap(IdealPointRow::iso3, Function.identity()));
    IdealPointRow rus = s70.get("RUS");
    IdealPointRow irn = s70.get("IRN");
    assertThat(rus.idealPoint()).isEqualTo(0.1739911);
    assertThat(irn.idealPoint()).isEqualTo(-1.50347);
    assertThat(Math.abs(rus.idealPoint() - irn.idealPoint())).isCloseTo(1.6774611, within(1e-6));
    assertThat(rus.year()).isEqualTo(2015);
    assertThat(rus.ccode()).isEqualTo(365);
    assertThat(rus.nVotes()).isEqualTo(73);
    assertThat(rus.line()).isEqualTo(4110); // R row index "4109" plus the header line
    assertThat(rus.file()).isEqualTo(REAL);
  }

  @Test
  void southYemenNoLongerCollidesWithNorthYemen() throws IOException {
    List<IdealPointRow> rows = real().idealPoints;
    assertThat(rows.stream().filter(r -> r.ccode() == 680))
        .hasSize(23).allSatisfy(r -> assertThat(r.iso3()).isEqualTo("YMD"));
    assertThat(rows.stream().filter(r -> r.ccode() == 678))
        .hasSize(43).allSatisfy(r -> assertThat(r.iso3()).isEqualTo("YAR"));
    long distinct = rows.stream().map(r -> r.iso3() + "/" + r.session()).distinct().count();
    assertThat(distinct).isEqualTo(rows.size());
  }

  @Test
  void missingIso3IsResolvedFromTheCountryNameOrQuarantined() throws IOException {
    Path f = write(HEADER
        + "\"1\",365,70,73,0.1739911,0.1,NA,\"Russian Federation\"\r\n"
        + "\"2\",999,70,73,0.5,0.1,NA,\"Atlantis\"\r\n"
        + "\"3\",630,70,69,NA,0.1,\"IRN\",\"Iran\"\r\n"
        + "\"4\",630,70,69,1.0d,0.1,\"IRN\",\"Iran\"\r\n"
        + "\"5\",630,70,69,0.3\r\n"
        + "\"6\",NA,71,NA,-2.5e-1,0.1,\"USA\",\"United\r\nStates\"\r\n"
        + "\"7\",2,x,40,0.5,0.1,\"USA\",\"United States\"\r\n");
    RecordingSink sink = read(f);
    assertThat(sink.idealPoints).extracting(IdealPointRow::iso3, IdealPointRow::line)
        .containsExactly(tuple("RUS", 2L),
            tuple("USA", 7L));
    IdealPointRow usa = sink.idealPoints.get(1);
    assertThat(usa.ccode()).isNull();
    assertThat(usa.nVotes()).isNull();
    assertThat(usa.idealPoint()).isEqualTo(-0.25);
    assertThat(usa.year()).isEqualTo(2016);
    assertThat(sink.quarantined).extracting(RecordingSink.Rejected::line)
        .containsExactly(3L, 4L, 5L, 6L, 9L);
    assertThat(sink.quarantined.get(0).reason()).contains("'Atlantis' is not a known country");
    assertThat(sink.quarantined.get(1).reason()).contains("IdealPointAll 'NA' is not a number");
    assertThat(sink.quarantined.get(2).reason()).contains("IdealPointAll '1.0d'");
    assertThat(sink.quarantined.get(3).reason()).isEqualTo("5 fields, expected 8 as in the header");
    assertThat(sink.quarantined.get(4).reason()).contains("session 'x'");
    assertThat(sink.total()).isEqualTo(7);
  }

  @Test
  void decodesWindows1252() throws IOException {
    // ’ is 0x92 in Windows-1252; Latin-1 would give a C1 control character
    Path f = dir.resolve("w.csv");
    Files.write(f, (HEADER + "\"1\",437,70,70,0.1,0.1,NA,\"C\u00f4te d\u2019Ivoire\"\r\n")
        .getBytes(Charset.forName("windows-1252")));
    assertThat(read(f).idealPoints).singleElement()
        .satisfies(r -> assertThat(r.iso3()).isEqualTo("CIV"));
  }

  @Test
  void refusesAFileWithoutTheIdealPointColumns() throws IOException {
    Path f = write("\"\",\"ccode\",\"session\"\r\n\"1\",2,1\r\n");
    assertThatThrownBy(() -> read(f)).isInstanceOf(IOException.class)
        .hasMessageContaining("header lacks [NVotesAll, IdealPointAll, iso3c, Countryname]");
  }

  /** The real file, read once for the whole class. */
  private RecordingSink real() throws IOException {
    Path f = TestData.file(REAL);
    if (real == null) {
      real = read(f);
    }
    return real;
  }

  private Path write(String text) throws IOException {
    return Files.writeString(dir.resolve("ideal.csv"), text, Charset.forName("windows-1252"));
  }

  private RecordingSink read(Path f) throws IOException {
    RecordingSink sink = new RecordingSink();
    String label = f.startsWith(dir) ? "ideal.csv" : REAL;
    long n = reader.read(f, "unga", label, sink);
    assertThat(n).isEqualTo(sink.total());
    return sink;
  }
}
