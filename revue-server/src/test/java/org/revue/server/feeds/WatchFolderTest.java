package org.revue.server.feeds;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.revue.model.RawDocument;
import org.revue.server.Sink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WatchFolderTest {
    @TempDir
    Path tmp;
    RecordingSink sink = new RecordingSink();
    List<String> warnings = new ArrayList<>();

    private Path in() throws IOException {
        return Files.createDirectories(tmp.resolve("in"));
    }

    private WatchFolder watch(Sink s) throws IOException {
        return new WatchFolder(in(), tmp.resolve("watch.json"), s, (origin, message) -> warnings.add(origin + ": " + message));
    }

    @Test
    void droppedFilesIngestedOnceAndNotAgainAfterARestart() throws IOException {
        Path in = in();
        Files.writeString(in.resolve("a.txt"), "Bridge stays open\n\nThe council voted to keep the bridge open.");
        Files.writeString(in.resolve("b.html"), "<html><body><article><p>The harbour strike goes on.</p></article></body></html>");
        Files.createDirectories(in.resolve("more"));
        Files.writeString(in.resolve("more/c.jsonl"), "{\"id\":\"x1\",\"text\":\"One.\"}\n{\"id\":\"x2\",\"text\":\"Two.\"}\n");
        Files.writeString(in.resolve("notes.pdf"), "not for us");
        Files.writeString(in.resolve(".draft.txt"), "hidden");
        WatchFolder w = watch(sink);
        assertThat(w.scanNow()).isZero(); // first sighting: wait until the size holds
        assertThat(w.scanNow()).isEqualTo(4);
        assertThat(w.scanNow()).isZero();
        assertThat(sink.ids()).containsExactlyInAnyOrder("a", "b", "x1", "x2");
        assertThat(w.ingested()).containsExactlyInAnyOrder("a.txt", "b.html", "more/c.jsonl");

        WatchFolder again = watch(sink);
        assertThat(again.scanNow()).isZero();
        assertThat(again.scanNow()).isZero();
        assertThat(sink.docs()).hasSize(4);
        assertThat(warnings).isEmpty();
    }

    @Test
    void fileStillBeingWrittenWaits() throws IOException {
        Path f = in().resolve("slow.txt");
        Files.writeString(f, "The first half of the story");
        WatchFolder w = watch(sink);
        assertThat(w.scanNow()).isZero();
        Files.writeString(f, ", and the second half.", StandardOpenOption.APPEND);
        assertThat(w.scanNow()).isZero(); // the size changed since the last scan
        assertThat(w.scanNow()).isEqualTo(1);
        assertThat(sink.docs().get(0).text()).contains("the second half");
    }

    @Test
    void changedFileIngestedAgainUnderTheSameId() throws IOException {
        Path f = in().resolve("a.txt");
        Files.writeString(f, "Version one of the story.");
        WatchFolder w = watch(sink);
        w.scanNow();
        w.scanNow();
        Files.writeString(f, "Version two of the story, longer.");
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(w.scanNow()).isZero();
        assertThat(w.scanNow()).isEqualTo(1);
        assertThat(sink.ids()).containsExactly("a", "a");
        assertThat(sink.docs().get(1).text()).contains("Version two");
    }

    @Test
    void problemsReportedOnceAndAFailedHandOverRetried() throws IOException {
        Path in = in();
        Files.writeString(in.resolve("empty.txt"), "");
        Files.writeString(in.resolve("good.txt"), "A story that the sink refuses once.");
        int[] calls = {0};
        Sink flaky = docs -> {
            if (calls[0]++ == 0) {
                throw new IllegalStateException("store closed");
            }
            return sink.accept(docs);
        };
        WatchFolder w = watch(flaky);
        for (int i = 0; i < 4; i++) {
            w.scanNow();
        }
        assertThat(warnings).filteredOn(m -> m.contains("empty.txt")).hasSize(1);
        assertThat(warnings).filteredOn(m -> m.contains("good.txt") && m.contains("will retry")).hasSize(1);
        assertThat(sink.ids()).containsExactly("good");
        assertThat(calls[0]).isEqualTo(2);
    }
}
