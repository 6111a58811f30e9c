package org.dyadscope.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.dyadscope.TestData;
import org.dyadscope.cases.Period;
import org.dyadscope.collect.FileLoader;
import org.dyadscope.collect.ungd.UngdReader;
import org.dyadscope.measure.Securitization;
import org.dyadscope.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NearDuplicatesTest {
  @TempDir Path dir;

  private static String words(int n, int seed) {
    List<String> w = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      w.add("w" + ((i * 7919L + seed) % 1000));
    }
    return String.join(" ", w);
  }

  @Test
  void exactAfterNormalisationNearAboveTheThresholdAndNewBelowIt() {
    NearDuplicates d = new NearDuplicates(0.9);
    String a = words(200, 1);
    assertThat(d.check("a", "", a)).isNull();
    // case, typographic quotes, punctuation and spacing do not make a new text
    NearDuplicates.Duplicate exact = d.check("a-copy", "", a.toUpperCase().replace(" ", " , ") + " ’");
    assertThat(exact).isEqualTo(new NearDuplicates.Duplicate("a-copy", "a", "exact", 1.0));
    // the first of 200 words changed: 1 of 198 shingles differs -> Jaccard 197/199
    String changed = a.replaceFirst("w1 ", "changed ");
    NearDuplicates.Duplicate near = d.check("a-edit", "", changed);
    assertThat(near.kind()).isEqualTo("near");
    assertThat(near.duplicateOf()).isEqualTo("a");
    assertThat(near.jaccard()).isCloseTo(197.0 / 199, within(1e-9));
    // a word changed in the middle changes 3 shingles: 195/201 = 0.970
    assertThat(d.check("a-mid", "", a.replace(" w901 ", " other ")).jaccard()).isCloseTo(195.0 / 201, within(1e-9));
    // a different text, and half of the first one, are new
    assertThat(d.check("b", "", words(200, 5))).isNull();
    assertThat(d.check("a-half", "", a.substring(0, a.length() / 2))).isNull();
    // a third copy is reported against the first, not against a duplicate
    assertThat(d.check("a-third", "", a).duplicateOf()).isEqualTo("a");
    // the same text in another scope (another speaker or date) is another document
    assertThat(d.check("a-2013", "RUS|2013", a)).isNull();
    assertThat(d.check("a-2013-again", "RUS|2013", a).duplicateOf()).isEqualTo("a-2013");
  }

  @Test
  void aSpeechLoadedTwiceIsCodedOnceAndReported() throws Exception {
    Path copy = Files.copy(TestData.file("ungd/RUS_70_2015.txt"), dir.resolve("RUS_70_2015.txt"));
    try (Store store = Store.open(dir.resolve("case.duckdb"))) {
      FileLoader.load(store, new UngdReader("CC0 1.0"), TestData.file("ungd/RUS_70_2015.txt"), "ungd/RUS_70_2015.txt", "ungd");
      FileLoader.load(store, new UngdReader("CC0 1.0"), copy, "mirror/RUS_70_2015.txt", "mirror");
      Path out = dir.resolve("out");
      CorpusCodingResult r = new CorpusCoder(DocumentCoder.builtIn()).code(store, null, null);
      CorpusCoder.writeCsv(store, out);
      Securitization.aggregate(store, new Period(YearMonth.of(2012, 1), YearMonth.of(2022, 12)));
      Securitization.writeCsv(store, out.resolve("series"));
      assertThat(r.documents()).isEqualTo(1);
      assertThat(r.sentences()).isEqualTo(139);
      // the store holds the text once, so the coder meets no repeat; the copy is listed as such
      assertThat(r.duplicates()).isEmpty();
      assertThat(Files.readAllLines(out.resolve("series/near_duplicates.csv"))).containsExactly("doc_id,duplicate_of,kind,jaccard");
      assertThat(Files.readAllLines(out.resolve("series/document_copies.csv"))).containsExactly(
          "doc_id,file,line,copy_of,copy_of_file,relation,differences",
          "ungd:RUS_70_2015,mirror/RUS_70_2015.txt,1,ungd:RUS_70_2015,ungd/RUS_70_2015.txt,identical,");
      // the copy ("mirror") is in no series: one row, the first load's
      List<String> bySource = Files.readAllLines(dir.resolve("out/series/securitization_yearly_by_source.csv"));
      assertThat(bySource).hasSize(2);
      assertThat(bySource.get(1)).startsWith("ungd,RUS,2015,").contains(",139,");
      List<String> kwic = Files.readAllLines(out.resolve("series/securitization_kwic.csv"));
      assertThat(kwic.get(0)).isEqualTo("speaker,rank,doc_id,sentence_no,date,sector,threat_source,strength,kwic,lexicon,date_precision");
      assertThat(kwic).hasSize(1 + CorpusCoder.KWIC_PER_SPEAKER);
    }
  }
}
