package dev.cortado.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link BlobData} without JavaScript: parts are shared, never copied, and large data goes to a file. */
class BlobDataTest {
  private final BlobOps ops = new BlobOps();

  private static BlobData of(long threshold, String... strings) {
    BlobData.Builder builder = new BlobData.Builder(threshold);
    for (String s : strings) {
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      builder.add(bytes, 0, bytes.length);
    }
    return builder.build();
  }

  private static String text(BlobData data) {
    return new String(data.bytes(0, (int) data.size()), StandardCharsets.UTF_8);
  }

  @Test
  void smallPartsCoalesceAndSlicesShareThem() {
    BlobData data = of(1 << 20, "hello", " ", "world");
    assertThat(data.partCount()).isEqualTo(1);
    assertThat(text(data)).isEqualTo("hello world");
    BlobData slice = data.slice(3, 8);
    assertThat(text(slice)).isEqualTo("lo wo");
    assertThat(slice.partCount()).isEqualTo(1);
    assertThat(text(slice.slice(1, 4))).isEqualTo("o w");
    assertThat(data.slice(0, data.size())).isSameAs(data);
    assertThat(data.slice(4, 4).size()).isZero();
  }

  @Test
  void blobsBuiltFromBlobsReferenceTheirParts() {
    BlobData a = of(1 << 20, "abc");
    BlobData b = of(1 << 20, "defgh");
    BlobData.Builder builder = new BlobData.Builder(1 << 20);
    ops.addBlob(builder, a);
    ops.addString(builder, "-", false);
    ops.addBlob(builder, b.slice(1, 4));
    BlobData joined = builder.build();
    assertThat(text(joined)).isEqualTo("abc-efg");
    assertThat(joined.partCount()).isEqualTo(3);
    assertThat(text(joined.slice(2, 6))).isEqualTo("c-ef");
    ByteBuffer into = ByteBuffer.allocate(3);
    joined.read(4, into, 3);
    assertThat(new String(into.array(), StandardCharsets.UTF_8)).isEqualTo("efg");
  }

  @Test
  void aboveTheThresholdBytesGoToATemporaryFile() {
    BlobData data = of(8, "0123", "4567", "89ab", "cdef");
    assertThat(data.inFile()).isTrue();
    assertThat(text(data)).isEqualTo("0123456789abcdef");
    assertThat(text(data.slice(6, 13))).isEqualTo("6789abc");
    assertThat(ops.describe(data)).contains("file");
    assertThat(ops.text(data)).isEqualTo("0123456789abcdef");
  }

  @Test
  void stringsAreUtf8WithReplacedLoneSurrogatesAndNativeEndings() {
    assertThat(BlobOps.utf8("a\uD800b")).containsExactly('a', 0xEF - 256, 0xBF - 256, 0xBD - 256, 'b');
    assertThat(BlobOps.utf8("\uD83D\uDE00")).hasSize(4);
    assertThat(BlobOps.nativeLineEndings("a\r\nb\rc\nd")).isEqualTo(
        String.join(System.lineSeparator(), "a", "b", "c", "d"));
  }
}
