package org.dyadscope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackedIdsTest {
  private static List<String> unpacked(List<byte[]> chunks) throws Exception {
    List<String> out = new ArrayList<>();
    for (byte[] c : chunks) {
      PackedIds.unpack(c, (id, day) -> out.add(id + "@" + day));
    }
    return out;
  }

  @Test
  void everyIdComesBackWithItsDayInOrderAcrossChunks() throws Exception {
    PackedIds packed = new PackedIds();
    List<String> in = new ArrayList<>();
    // consecutive GDELT ids over two days, then ids that go back, a huge one, words, a spelling with a zero
    String[] odd = {"999999999999999999", "12", "0", "007", "e7", "1234567890123456789", "", "ICEWS-ü"};
    int[] oddDays = {-719_162, 18_000, 2_932_896, -1, 0, 18_001, 17_999, 19_000};
    for (int i = 0; i < 600_000; i++) { // past one chunk of 1 MiB
      String id = Long.toString(1_000_000_000L + i);
      int day = 18_190 + i / 300_000;
      packed.add(id, day);
      in.add(id + "@" + day);
      if (i % 100_000 == 0) {
        for (int k = 0; k < odd.length; k++) {
          packed.add(odd[k], oddDays[k]);
          in.add(odd[k] + "@" + oddDays[k]);
        }
      }
    }
    List<byte[]> chunks = packed.chunks();
    assertThat(chunks).hasSizeGreaterThan(1);
    assertThat(unpacked(chunks)).isEqualTo(in);
    // consecutive ids of one day: 2 bytes each, against about 16 in the earlier layout
    assertThat(chunks.stream().mapToLong(c -> c.length).sum()).isLessThan(600_000L * 2 + 1_000);
  }

  @Test
  void aChunkOfAnEarlierStoreIsStillRead() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeUTF("1002003004");
    out.writeInt(18_193);
    out.writeUTF("x-7");
    out.writeInt(-5);
    assertThat(unpacked(List.of(bytes.toByteArray()))).containsExactly("1002003004@18193", "x-7@-5");
  }
}
