package org.dyadscope.collect.tkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CameoNamesTest {
  @Test
  void icewsRelationTextsMapToCodes() {
    CameoNames n = Lookups.cameoNames();
    assertThat(n.size()).isEqualTo(312); // one row per code in andybega/icews cameo-codes.csv
    assertThat(n.code("Make a visit")).isEqualTo("042");
    assertThat(n.code("Make statement")).isEqualTo("010");
    assertThat(n.code("Make_statement")).isEqualTo("010");
    assertThat(n.code("Use unconventional violence")).isEqualTo("180");
    assertThat(n.code("Arrest,_detain,_or_charge_with_legal_action")).isEqualTo("173");
    assertThat(n.code("Return, release person(s)")).isEqualTo("0841");
    assertThat(n.name("042")).isEqualTo("Make a visit");
  }

  @Test
  void aRootSharingItsNameWithItsBaseGivesTheBase() {
    CameoNames n = Lookups.cameoNames();
    assertThat(n.code("Consult")).isEqualTo("040");
    assertThat(n.code("Threaten")).isEqualTo("130");
    assertThat(n.goldstein("130")).isEqualTo(-4.4);
    assertThat(n.code("MAKE PUBLIC STATEMENT")).isEqualTo("01");
  }

  @Test
  void aDroppedParentheticalStillMatches() {
    CameoNames n = Lookups.cameoNames();
    assertThat(n.code("Appeal for diplomatic cooperation (such as policy support)")).isEqualTo("022");
    assertThat(n.code("Appeal for diplomatic cooperation")).isEqualTo("022");
  }

  @Test
  void unknownTextGivesNull() {
    assertThat(Lookups.cameoNames().code("Dance wildly")).isNull();
    assertThat(Lookups.cameoNames().code(null)).isNull();
  }

  @Test
  void readsWindows1252AndRQuoting(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("c.csv");
    String text = "\"\",\"name\",\"code\",\"goldstein\",\"example\"\n"
        + "\"1\",\"Make statement\",\"010\",0,\"Moscow\u2019s \"\"will\"\"\nspans lines\"\n"
        + "\"2\",\"Reject judicial cooperation\",\"1213\",NA,NA\n";
    Files.writeString(csv, text, Charset.forName("windows-1252"));
    CameoNames n = CameoNames.load(csv);
    assertThat(n.code("make STATEMENT")).isEqualTo("010");
    assertThat(n.goldstein("010")).isEqualTo(0.0);
    assertThat(n.goldstein("1213")).isNull();
  }

  @Test
  void missingColumnsAreAnError(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("c.csv");
    Files.writeString(csv, "label,value\nx,1\n");
    assertThatThrownBy(() -> CameoNames.load(csv)).isInstanceOf(IOException.class)
        .hasMessageContaining("expected columns 'name' and 'code'");
    assertThatThrownBy(() -> CameoNames.load(dir.resolve("absent.csv"))).hasMessageContaining("not found");
  }
}
