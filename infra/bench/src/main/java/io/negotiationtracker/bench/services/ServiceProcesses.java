package io.negotiationtracker.bench.services;

import io.negotiationtracker.devstack.DevStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The services' processes as the dev stack started them (found by main class) and what /proc says of their memory. */
final class ServiceProcesses {
    static final List<String> SERVICES = List.of("ingest", "projection", "notifier");

    private ServiceProcesses() {}

    static long pid(DevStack stack, String service) {
        String main = "io.negotiationtracker." + service + ".Application";
        return stack.pids().stream()
                .filter(pid -> commandLine(pid).contains(main))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no process of " + service + " among " + stack.pids()));
    }

    /** VmRSS (resident now) or VmHWM (the most it was resident) of a process, in MB. */
    static double memoryMb(long pid, String field) {
        try (var lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            String line = lines.filter(l -> l.startsWith(field + ":"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + field + " for " + pid));
            return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the memory of process " + pid, e);
        }
    }

    static String url(DevStack stack, String service) {
        return switch (service) {
            case "ingest" -> stack.ingestUrl();
            case "projection" -> stack.projectionUrl();
            case "notifier" -> stack.notifierUrl();
            default -> throw new IllegalArgumentException(service);
        };
    }

    private static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"))).replace('\0', ' ');
        } catch (IOException e) {
            return "";
        }
    }
}
