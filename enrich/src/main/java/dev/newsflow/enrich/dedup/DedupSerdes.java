package dev.newsflow.enrich.dedup;

import dev.newsflow.model.JsonSerde;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Serdes of the dedup stage's internal topics and stores. Band requests, answers and buckets are written in a small
 * binary format (a version byte, then fields with {@link DataOutputStream}): they are many and hold signatures; the
 * per-article state is JSON, since it holds an enriched article. All are thread-safe.
 */
public final class DedupSerdes {

    private static final byte VERSION = 1;

    private DedupSerdes() {}

    public static Serde<BandRequest> bandRequest() {
        return binary(
                (out, r) -> {
                    out.writeUTF(r.articleId());
                    out.writeLong(r.request());
                    out.writeLong(r.firstSeen());
                    writeSignature(out, r.signature());
                },
                in -> new BandRequest(in.readUTF(), in.readLong(), in.readLong(), readSignature(in)));
    }

    public static Serde<BandAnswer> bandAnswer() {
        return binary(
                (out, a) -> {
                    out.writeLong(a.request());
                    out.writeInt(a.matches().size());
                    for (BandAnswer.Match m : a.matches()) {
                        out.writeUTF(m.articleId());
                        out.writeLong(m.firstSeen());
                        out.writeDouble(m.similarity());
                    }
                },
                in -> {
                    long request = in.readLong();
                    int n = in.readInt();
                    List<BandAnswer.Match> matches = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        matches.add(new BandAnswer.Match(in.readUTF(), in.readLong(), in.readDouble()));
                    }
                    return new BandAnswer(request, matches);
                });
    }

    public static Serde<Bucket> bucket() {
        return binary(
                (out, b) -> {
                    out.writeInt(b.entries().size());
                    for (Bucket.Entry e : b.entries()) {
                        out.writeUTF(e.articleId());
                        out.writeLong(e.firstSeen());
                        writeSignature(out, e.signature());
                    }
                },
                in -> {
                    int n = in.readInt();
                    List<Bucket.Entry> entries = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        entries.add(new Bucket.Entry(in.readUTF(), in.readLong(), readSignature(in)));
                    }
                    return new Bucket(entries);
                });
    }

    public static Serde<ArticleState> articleState() {
        return new JsonSerde<>(ArticleState.class);
    }

    private static void writeSignature(DataOutputStream out, int[] signature) throws IOException {
        if (signature == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(signature.length);
        for (int value : signature) {
            out.writeInt(value);
        }
    }

    private static int[] readSignature(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        int[] signature = new int[n];
        for (int i = 0; i < n; i++) {
            signature[i] = in.readInt();
        }
        return signature;
    }

    private interface Writer<T> {
        void write(DataOutputStream out, T value) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static <T> Serde<T> binary(Writer<T> writer, Reader<T> reader) {
        return Serdes.serdeFrom(
                (topic, value) -> {
                    if (value == null) {
                        return null;
                    }
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    try (DataOutputStream out = new DataOutputStream(bytes)) {
                        out.writeByte(VERSION);
                        writer.write(out, value);
                    } catch (IOException e) {
                        throw new SerializationException(e);
                    }
                    return bytes.toByteArray();
                },
                (topic, data) -> {
                    if (data == null) {
                        return null;
                    }
                    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
                        byte version = in.readByte();
                        if (version != VERSION) {
                            throw new SerializationException("unknown dedup record version " + version);
                        }
                        return reader.read(in);
                    } catch (IOException e) {
                        throw new SerializationException("not a valid dedup record: " + e, e);
                    }
                });
    }
}
