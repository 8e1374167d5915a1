package org.vigil.flink.sink;

import java.io.IOException;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;

/**
 * A Parquet file written at a checkpoint into the staging folder, and where it goes once the checkpoint is
 * complete.
 *
 * @param staged absolute path of the written file
 * @param target absolute path it is moved to on commit
 */
public record StagedFile(String staged, String target) {
  /** Writes staged files as two UTF strings (version 1). */
  public static final class Serializer implements SimpleVersionedSerializer<StagedFile> {
    @Override
    public int getVersion() {
      return 1;
    }

    @Override
    public byte[] serialize(StagedFile f) throws IOException {
      DataOutputSerializer out = new DataOutputSerializer(256);
      out.writeUTF(f.staged());
      out.writeUTF(f.target());
      return out.getCopyOfBuffer();
    }

    @Override
    public StagedFile deserialize(int version, byte[] bytes) throws IOException {
      if (version != 1) {
        throw new IOException("unknown staged-file version " + version);
      }
      DataInputDeserializer in = new DataInputDeserializer(bytes);
      return new StagedFile(in.readUTF(), in.readUTF());
    }
  }
}
