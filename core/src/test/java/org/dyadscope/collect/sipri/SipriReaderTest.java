package org.dyadscope.collect.sipri;

import org.dyadscope.collect.RecordingSink;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dyadscope.store.StoreQueries.count;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.dyadscope.TestData;
import org.dyadscope.collect.Countries;
import org.dyadscope.store.ArmsTransferRow;
import org.dyadscope.store.FileLoad;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SipriReaderTest {
  private static final String REAL = "sipri/trade_register.csv";
  private static final String PREAMBLE = "Transfers of major conventional arms;\r\n"
      + "A '?' in a column indicates uncertain data.;\r\n"
      + ";\r\n";
  private static final String HEADER = "SIPRI AT Database ID,Supplier,Recipient,Designation,"
      + "Description,Armament category,Order date,Order date is estimate,Numbers delivered,"
      + "Numbers delivered is estimate,Delivery year,Delivery year is estimate,Status,"
      + "SIPRI estimate,TIV deal unit,TIV delivery values,Local production;\r\n";

  private final SipriReader reader = new SipriReader(Countries.standard());

  @TempDir Path dir;

  @Test
  void realRegisterLoadsIntoTheStoreAndMatchesSipriForRussiaToIran() throws IOException,
      SQLException {
    Path file = TestData.file(REAL);
    try (Store store = Store.open(dir.resolve("case.duckdb"))) {
      long read;
      try (FileLoad load = store.beginFile(REAL, reader.format(), null, "sipri", "test")) {
        read = reader.read(file, "sipri", REAL, load);
        load.commit(read); // refuses unless rows read = loaded + quarantined
      }
      // `wc -l` = 25035 line breaks; the last line has none, so 25036 lines, minus 11 preamble
      // lines and 1 header = 25024 data lines (Python: all have 17 fields, none quoted, no '?')
      assertThat(read).isEqualTo(25024);
      assertThat(count(store, "SELECT count(*) FROM arms_transfers")).isEqualTo(25024);
      assertThat(count(store, "SELECT count(*) FROM quarantine")).isZero();

      Map<Integer, Double> tiv = new HashMap<>();
      try (Statement s = store.connection().createStatement();
          ResultSet rs = s.executeQuery("SELECT delivery_year, sum(tiv_delivered) FROM "
              + "arms_transfers WHERE supplier = 'RUS' AND recipient = 'IRN' GROUP BY 1")) {
        while (rs.next()) {
          tiv.put(rs.getInt(1), rs.getDouble(2));
        }
      }
      assertThat(tiv.get(2016)).isCloseTo(413.0, within(1e-9));
      assertThat(tiv.get(2012)).isCloseTo(11.5, within(1e-9));
      assertThat(tiv.get(2017)).isCloseTo(3.0, within(1e-9));

      // non-state recipients keep their SIPRI name
      assertThat(count(store, "SELECT count(*) FROM arms_transfers WHERE recipient = "
          + "'Hezbollah (Lebanon)*' AND recipient_name = recipient")).isPositive();
      assertThat(count(store, "SELECT count(*) FROM arms_transfers WHERE supplier_name = "
          + "'Turkiye' AND supplier <> 'TUR'")).isZero();
    }
  }

  @Test
  void firstRealLineIsReadFieldByField() throws IOException {
    RecordingSink sink = new RecordingSink();
    reader.read(TestData.file(REAL), "sipri", REAL, sink);
    ArmsTransferRow r = sink.armsTransfers.get(0);
    // line 13: 55238,Albania,Burkina Faso,PM-43 120mm,mortar,Artillery,2011,Yes,12,No,2011,No,
    //          Second hand,0.25,0.1,1.2,No;
    assertThat(r).isEqualTo(new ArmsTransferRow("55238", "ALB", "BFA", "Albania", "Burkina Faso",
        "PM-43 120mm", "mortar", "Artillery", 2011, true, 12, false, 2011, false, "Second hand",
        0.1, 1.2, false, REAL, 13));
    // 774 lines leave "Delivery year is estimate" empty
    assertThat(sink.armsTransfers.stream().filter(a -> a.deliveryYearEstimate() == null))
        .hasSize(774);
    assertThat(sink.armsTransfers).noneMatch(ArmsTransferRow::uncertain);
  }

  @Test
  void questionMarkStripsAndSetsUncertain() throws IOException {
    RecordingSink sink = read(PREAMBLE + HEADER
        + "1,Russia,Iran,S-300PMU-2,SAM system,Air defence systems,2007?,No,4?,Yes,2016,No,New,"
        + "150,100,400?,No;\r\n"
        + "2,Russia,Iran,Su-30,FGA aircraft,Aircraft,2023,No,2,No,2024,No,New,40,40,80,No;\r\n");
    assertThat(sink.quarantined).isEmpty();
    ArmsTransferRow uncertain = sink.armsTransfers.get(0);
    assertThat(uncertain.uncertain()).isTrue();
    assertThat(uncertain.orderYear()).isEqualTo(2007);
    assertThat(uncertain.deliveredNumber()).isEqualTo(4);
    assertThat(uncertain.tivDelivered()).isEqualTo(400.0);
    assertThat(uncertain.line()).isEqualTo(5);
    assertThat(sink.armsTransfers.get(1).uncertain()).isFalse();
  }

  @Test
  void quotedDesignationMayHoldACommaAndBadLinesAreQuarantinedWithTheirLineNumber()
      throws IOException {
    RecordingSink sink = read(PREAMBLE + HEADER
        + "1,Russia,Syria rebels*,\"Kh-35, Uran\",anti-ship missile,Missiles,2010,No,10,No,"
        + "2012,No,New,0.3,0.3,3,No;\r\n"
        + "\r\n"
        + "2,Russia,Iran,Kh-35, Uran,anti-ship missile,Missiles,2010,No,10,No,2012,No,New,0.3,"
        + "0.3,3,No;\r\n"
        + "3,Russia,Iran,T-72,tank,Armoured vehicles,2010,Maybe,10,No,2012,No,New,1,1,10,No;\r\n"
        + "4,,Iran,T-72,tank,Armoured vehicles,2010,No,10,No,2012,No,New,1,1,10,No;\r\n"
        + "5,Russia,Iran,T-72,tank,Armoured vehicles,2010,No,ten,No,2012,No,New,1,1,10,No;\r\n"
        + "6,Russia,Iran,\"T-72,tank,Armoured vehicles,2010,No,10,No,2012,No,New,1,1,10,No;\r\n"
        + "7,Russia,Iran,T-72,tank,Armoured vehicles,2010,No,10,No,2012,No,New,1,1,1.5.0,No;");
    ArmsTransferRow ok = sink.armsTransfers.get(0);
    assertThat(ok.designation()).isEqualTo("Kh-35, Uran");
    assertThat(ok.supplier()).isEqualTo("RUS");
    assertThat(ok.recipient()).isEqualTo("Syria rebels*");
    assertThat(ok.recipientName()).isEqualTo("Syria rebels*");
    assertThat(sink.armsTransfers).hasSize(1);
    assertThat(sink.quarantined).extracting(RecordingSink.Rejected::line)
        .containsExactly(7L, 8L, 9L, 10L, 11L, 12L);
    assertThat(sink.quarantined).extracting(RecordingSink.Rejected::reason).containsExactly(
        "18 fields, expected 17 as in the header (an unquoted comma in a designation or "
            + "description?)",
        "'Order date is estimate' is 'Maybe', expected Yes or No",
        "'Supplier' is empty",
        "'Numbers delivered' is 'ten', expected a whole number",
        "a double quote opened in field 4 is never closed on this line",
        "'TIV delivery values' is '1.5.0', expected a TIV number");
    assertThat(sink.quarantined.get(0).raw()).startsWith("2,Russia,Iran,Kh-35, Uran");
  }

  @Test
  void aLineThatIsNotUtf8IsQuarantinedAndTheRestLoads() throws IOException {
    byte[] head = (PREAMBLE + HEADER).getBytes(StandardCharsets.UTF_8);
    // line 6: "Türkiye" saved as Windows-1252 (0xFC), not UTF-8
    byte[] bad = "2,Russia,T\u00fcrkiye,S-400,SAM system,Air defence systems,2017,No,4,No,2019,No,New,1,1,4,No;\r\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    byte[] good = "3,Russia,Iran,T-72,tank,Armoured vehicles,2010,No,10,No,2012,No,New,1,1,10,No;\r\n"
        .getBytes(StandardCharsets.UTF_8);
    Path f = dir.resolve("t.csv");
    try (var out = Files.newOutputStream(f)) {
      out.write(head);
      out.write(bad);
      out.write(good);
    }
    RecordingSink sink = new RecordingSink();
    assertThat(reader.read(f, "sipri", "t.csv", sink)).isEqualTo(2);
    assertThat(sink.armsTransfers).singleElement().satisfies(r -> assertThat(r.recipient()).isEqualTo("IRN"));
    assertThat(sink.quarantined).singleElement().satisfies(q -> {
      assertThat(q.line()).isEqualTo(5L);
      assertThat(q.reason()).contains("UTF-8").contains("save the register as UTF-8");
      assertThat(q.raw()).startsWith("2,Russia,T\uFFFDrkiye");
    });
  }

  @Test
  void readsCountsOnlyDataLines() throws IOException {
    Path f = write(PREAMBLE + HEADER
        + "1,Russia,Iran,T-72,tank,Armoured vehicles,2010,No,10,No,2012,No,New,1,1,10,No;\r\n"
        + ";\r\n\r\n");
    RecordingSink sink = new RecordingSink();
    assertThat(reader.read(f, "sipri", "t.csv", sink)).isEqualTo(1);
  }

  @Test
  void refusesAFileWithoutHeaderOrWithMissingColumns() throws IOException {
    Path none = write(PREAMBLE + "1,2,3;\r\n");
    assertThatThrownBy(() -> reader.read(none, "sipri", "t.csv", new RecordingSink()))
        .isInstanceOf(IOException.class).hasMessageContaining("no SIPRI trade-register header");
    Path partial = write(PREAMBLE + "Supplier,Recipient,TIV delivery values;\r\n");
    assertThatThrownBy(() -> reader.read(partial, "sipri", "t.csv", new RecordingSink()))
        .isInstanceOf(IOException.class).hasMessageContaining(":4: SIPRI header lacks [")
        .hasMessageContaining("Delivery year");
  }

  private Path write(String text) throws IOException {
    return Files.writeString(dir.resolve("t.csv"), text);
  }

  private RecordingSink read(String text) throws IOException {
    RecordingSink sink = new RecordingSink();
    long n = reader.read(write(text), "sipri", "t.csv", sink);
    assertThat(n).isEqualTo(sink.total());
    return sink;
  }

}
