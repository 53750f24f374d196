package dev.heartwood.infra.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** What the run was measured on, read from the JVM and, on Linux, from /proc. */
final class Machine {

    private Machine() {
    }

    static void describe(Results results) {
        results.machine("processors (nproc)", Runtime.getRuntime().availableProcessors());
        results.machine("CPU", firstValue("/proc/cpuinfo", "model name"));
        results.machine("memory", firstValue("/proc/meminfo", "MemTotal"));
        results.machine("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", maximum heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        results.machine("load average at the start", loadAverage());
    }

    /** The 1, 5 and 15 minute load averages: above the processor count, other work was competing for them. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException unavailable) {
            return "unknown";
        }
    }

    private static String firstValue(String file, String key) {
        try (Stream<String> lines = Files.lines(Path.of(file))) {
            return lines.filter(line -> line.startsWith(key)).map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown");
        } catch (IOException | RuntimeException unavailable) {
            return "unknown";
        }
    }
}
