package uk.reviewhub.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Who owns the embedded PostgreSQL of a data directory. The backend that runs it holds an
 * operating-system lock on {@code <data-dir>/embedded-postgres.lock} for as long as it lives; the
 * lock goes with the process, however it ends (even {@code kill -9}). So on start:
 * <ul>
 *   <li>the lock is held by another process: another backend is using this directory; refuse,
 *       with a message saying so, and touch nothing;</li>
 *   <li>the lock is free but a PostgreSQL server is still running on the directory (its
 *       {@code postmaster.pid} names a live process whose command line names the directory): the
 *       backend that started it has died and left it behind; stop it with a fast shutdown (it
 *       rolls back what was in flight and keeps every committed write) and start afresh.</li>
 * </ul>
 */
final class DataDirectoryLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DataDirectoryLock.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code base} and stops a server left behind on {@code pgData}.
     *
     * @throws IllegalStateException when another live process holds the directory
     */
    static DataDirectoryLock acquire(Path base, Path pgData) {
        Path file = base.resolve("embedded-postgres.lock");
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("Another Review Hub backend is using the data directory " + base
                        + " (it holds " + file.getFileName() + "). Stop it, or give this one its own REVIEWHUB_DATA_DIR.");
            }
            stopLeftBehind(pgData);
            return new DataDirectoryLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock the data directory " + base, e);
        }
    }

    /** The process id of a live server on {@code pgData} that this JVM did not start, if any. */
    static Optional<Long> leftBehind(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.getFirst().strip());
            Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            if (process.isEmpty() || !runsOn(pid, pgData)) {
                return Optional.empty(); // a stale file: PostgreSQL itself replaces it on start
            }
            return Optional.of(pid);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean runsOn(long pid, Path pgData) {
        Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
        try {
            String command = new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).replace('\0', ' ');
            return command.contains("postgres") && command.contains(pgData.toAbsolutePath().normalize().toString());
        } catch (IOException e) {
            return false; // not Linux, or gone: do not touch it
        }
    }

    private static void stopLeftBehind(Path pgData) {
        Optional<Long> pid = leftBehind(pgData);
        if (pid.isEmpty()) {
            return;
        }
        LOG.warn("A PostgreSQL server (process {}) was left running on {} by a backend that ended without stopping it;"
                + " stopping it (fast shutdown: committed data is kept)", pid.get(), pgData);
        try {
            // SIGINT is PostgreSQL's fast shutdown.
            new ProcessBuilder("kill", "-INT", Long.toString(pid.get())).inheritIO().start().waitFor();
            ProcessHandle handle = ProcessHandle.of(pid.get()).orElse(null);
            if (handle != null) {
                handle.onExit().get(STOP_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the PostgreSQL server left on " + pgData, e);
        } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Could not stop the PostgreSQL server (process " + pid.get() + ") left on "
                    + pgData + "; stop it by hand (pg_ctl stop -D " + pgData + ") and start again", e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            LOG.warn("Could not release the data directory lock", e);
        }
    }
}
