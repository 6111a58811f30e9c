package org.dyadscope.collect.tkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.dyadscope.collect.SourceFormats;
import org.junit.jupiter.api.Test;

class TkgLayoutTest {
  private static TkgLayout layout(String... kv) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return TkgLayout.fromOptions(m);
  }

  @Test
  void icews21DayStepsStartAtZero() {
    TkgLayout l = layout("naming", "ids", "time_unit", "day", "epoch", "2021-01-01", "first_step", "0");
    assertThat(l.date("0")).isEqualTo(LocalDate.of(2021, 1, 1));
    // MANIFEST: Myanmar events spike at day 31 = 2021-02-01
    assertThat(l.date("31")).isEqualTo(LocalDate.of(2021, 2, 1));
    assertThat(l.schemaFlag()).isEqualTo("tkg-ids");
  }

  @Test
  void icews14sDayStepsStartAtOne() {
    TkgLayout l = layout("naming", "ids", "time_unit", "day", "epoch", "2014-01-01", "first_step", "1");
    assertThat(l.date("1")).isEqualTo(LocalDate.of(2014, 1, 1));
    assertThat(l.date("365")).isEqualTo(LocalDate.of(2014, 12, 31));
    assertThatThrownBy(() -> l.date("0")).hasMessageContaining("before the first step 1");
  }

  @Test
  void icews18HoursAreWholeDays() {
    TkgLayout l = layout("naming", "ids", "time_unit", "hour", "epoch", "2018-01-01");
    // MANIFEST: the Trump-Kim summit peak is t = 24 * 162 = 2018-06-12
    assertThat(l.date(String.valueOf(24 * 162))).isEqualTo(LocalDate.of(2018, 6, 12));
    assertThatThrownBy(() -> l.date("30")).hasMessageContaining("multiple of 24");
  }

  @Test
  void isoDates() {
    TkgLayout l = layout("naming", "names", "time_unit", "date");
    assertThat(l.date("2013-04-23")).isEqualTo(LocalDate.of(2013, 4, 23));
    assertThat(l.schemaFlag()).isEqualTo("tkg-names");
    assertThatThrownBy(() -> l.date("2013-02-30")).hasMessageContaining("not a date");
    assertThatThrownBy(() -> l.date("23/04/2013")).hasMessageContaining("not a date");
  }

  @Test
  void badTimeValues() {
    TkgLayout l = layout("naming", "ids", "time_unit", "day", "epoch", "2021-01-01");
    assertThatThrownBy(() -> l.date("x12")).hasMessage("time 'x12' is not an integer day step");
    assertThatThrownBy(() -> l.date("-1")).hasMessageContaining("before the first step 0");
  }

  @Test
  void badOptionsNameTheOption() {
    assertThatThrownBy(() -> layout("time_unit", "day", "epoch", "2021-01-01"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("option 'naming': required");
    assertThatThrownBy(() -> layout("naming", "idz", "time_unit", "day", "epoch", "2021-01-01"))
        .hasMessage("option 'naming': 'idz' is not one of ids|names");
    assertThatThrownBy(() -> layout("naming", "ids", "time_unit", "week", "epoch", "2021-01-01"))
        .hasMessage("option 'time_unit': 'week' is not one of day|hour|date");
    assertThatThrownBy(() -> layout("naming", "ids", "time_unit", "day"))
        .hasMessageStartingWith("option 'epoch': required");
    assertThatThrownBy(() -> layout("naming", "ids", "time_unit", "day", "epoch", "2021-13-01"))
        .hasMessageStartingWith("option 'epoch': '2021-13-01' is not a date");
    assertThatThrownBy(() -> layout("naming", "ids", "time_unit", "day", "epoch", "2021-01-01", "first_step", "one"))
        .hasMessageStartingWith("option 'first_step': 'one' is not an integer");
    // an unknown key is the registry's to refuse, with the valid keys, before the layout is built
    assertThatThrownBy(() -> SourceFormats.get(TkgReader.FORMAT).checkOptions(Map.of("naming", "ids", "epohc", "x")))
        .hasMessage("option 'epohc' is not read by format tkg; its options are epoch, first_step, naming, time_unit");
  }

  @Test
  void optionValuesIgnoreCase() {
    TkgLayout l = layout("naming", "IDS", "time_unit", "Day", "epoch", " 2005-01-01 ");
    assertThat(l).isEqualTo(new TkgLayout(TkgLayout.Naming.IDS, TkgLayout.TimeUnit.DAY, LocalDate.of(2005, 1, 1), 0));
  }
}
