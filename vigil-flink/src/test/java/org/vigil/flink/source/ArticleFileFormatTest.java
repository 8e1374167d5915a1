package org.vigil.flink.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.RecordAndPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.ReadResult;

class ArticleFileFormatTest {
  @TempDir
  Path tmp;

  private static final String LINES = String.join("\n",
      "{\"id\":\"one\",\"date\":\"2024-05-01\",\"text\":\"The council met on Monday.\"}",
      "{\"id\":\"two\",\"date\":\"2024-05-02\",\"text\":\"The mayor resigned on Tuesday.\"}",
      "not json at all",
      "{\"id\":\"four\",\"date\":\"2024-05-04\",\"text\":\"Farmers marched to the capital.\"}") + "\n";

  private List<RecordAndPosition<ReadResult>> read(Path file, CheckpointedPosition from) throws Exception {
    FileSourceSplit split = new FileSourceSplit("0", new org.apache.flink.core.fs.Path(file.toUri()), 0,
        Files.size(file), 0, Files.size(file), new String[0], from);
    BulkFormat.Reader<ReadResult> reader = new ArticleFileFormat(Optional.empty())
        .restoreReader(new Configuration(), split);
    List<RecordAndPosition<ReadResult>> out = new ArrayList<>();
    for (var batch = reader.readBatch(); batch != null; batch = reader.readBatch()) {
      for (var r = batch.next(); r != null; r = batch.next()) {
        out.add(new RecordAndPosition<>(r.getRecord(), r.getOffset(), r.getRecordSkipCount()));
      }
    }
    reader.close();
    return out;
  }

  @Test
  void readsEveryRecordOfAFileWithItsRejectionsInOrder() throws Exception {
    Path file = Files.writeString(tmp.resolve("wires.jsonl"), LINES, StandardCharsets.UTF_8);
    List<RecordAndPosition<ReadResult>> all = read(file, null);
    assertThat(all).hasSize(4);
    assertThat(all.get(0).getRecord().article().id()).isEqualTo("one");
    assertThat(all.get(2).getRecord().rejection().location()).contains("3");
    assertThat(all.get(3).getRecord().article().origin()).startsWith(file.toString());
    assertThat(all.stream().map(RecordAndPosition::getRecordSkipCount)).containsExactly(1L, 2L, 3L, 4L);
  }

  @Test
  void aRestoredReaderSkipsTheRecordsAlreadyEmitted() throws Exception {
    Path file = Files.writeString(tmp.resolve("wires.jsonl"), LINES, StandardCharsets.UTF_8);
    List<RecordAndPosition<ReadResult>> rest = read(file, new CheckpointedPosition(CheckpointedPosition.NO_OFFSET, 2));
    assertThat(rest).hasSize(2);
    assertThat(rest.get(0).getRecord().rejection()).isNotNull();
    assertThat(rest.get(1).getRecord().article().id()).isEqualTo("four");
    assertThat(rest.get(1).getRecordSkipCount()).isEqualTo(4L);
  }
}
