package dev.heartwood.infra.benchmark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;

/**
 * Concurrent clients, each sending one command at a time for as long as the load lasts, in the mix of a busy
 * afternoon: learning logged, requested, approved and completed, training completions, progress notes. Each client
 * works on its own share of the staff, so the figure is throughput, not contention. The first half minute warms the
 * JVM up and is not counted; the statements PostgreSQL runs are counted over the same window as the commands.
 */
final class CommandLoad {

    static final int WARM_UP_SECONDS = 30;

    record Result(long accepted, long refused, double seconds, Latencies latencies,
                  Optional<Statements.Counted> statements) {

        double perSecond() {
            return accepted / seconds;
        }
    }

    private final GeneratedTrust trust;

    CommandLoad(GeneratedTrust trust) {
        this.trust = trust;
    }

    Result run(int clients, int seconds, IntFunction<CommandChannel> channels, Optional<Statements> statements)
            throws Exception {
        List<UUID> staff = trust.staffBySchool().values().stream().flatMap(List::stream).toList();
        AtomicBoolean counting = new AtomicBoolean(false);
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Client>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Client client = new Client(i, clients, staff, channels.apply(i));
            futures.add(pool.submit(() -> client.run(counting, running), client));
        }
        Thread.sleep(WARM_UP_SECONDS * 1000L);
        Optional<Statements.Snapshot> before = statements.isPresent()
                ? Optional.of(statements.get().snapshot()) : Optional.empty();
        counting.set(true);
        long started = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        counting.set(false);
        double elapsed = (System.nanoTime() - started) / 1e9;
        Optional<Statements.Counted> counted = before.isPresent()
                ? Optional.of(statements.get().snapshot().since(before.get())) : Optional.empty();
        running.set(false);
        List<Latencies> latencies = new ArrayList<>();
        long accepted = 0;
        long refused = 0;
        for (Future<Client> future : futures) {
            Client client = future.get();
            latencies.add(client.latencies);
            accepted += client.accepted;
            refused += client.refused;
        }
        pool.shutdown();
        return new Result(accepted, refused, elapsed, Latencies.merged(latencies), counted);
    }

    /** One client: its share of the staff and of the appraisals under way, and the learning it has in hand. */
    private final class Client {

        private final SplittableRandom random;
        private final List<UUID> staff = new ArrayList<>();
        private final List<UUID> appraisals = new ArrayList<>();
        private final Deque<UUID> toApprove = new ArrayDeque<>();
        private final Deque<UUID> toComplete = new ArrayDeque<>();
        private final CommandChannel channel;
        final Latencies latencies = new Latencies();
        long accepted;
        long refused;

        Client(int number, int clients, List<UUID> everyone, CommandChannel channel) {
            this.random = new SplittableRandom(number);
            this.channel = channel;
            for (int i = number; i < everyone.size(); i += clients) {
                staff.add(everyone.get(i));
            }
            for (int i = number; i < trust.underWay().size(); i += clients) {
                appraisals.add(trust.underWay().get(i));
            }
        }

        void run(AtomicBoolean counting, AtomicBoolean running) {
            while (running.get()) {
                boolean counted = counting.get();
                long started = System.nanoTime();
                boolean ok = next();
                if (counted && counting.get()) {
                    latencies.record(System.nanoTime() - started);
                    if (ok) {
                        accepted++;
                    } else {
                        refused++;
                    }
                }
            }
        }

        private boolean next() {
            UUID person = staff.get(random.nextInt(staff.size()));
            double roll = random.nextDouble();
            if (roll < 0.15 && !toApprove.isEmpty()) {
                UUID activity = toApprove.poll();
                toComplete.add(activity);
                return channel.approveCpd(activity);
            }
            if (roll < 0.25 && !toComplete.isEmpty()) {
                return channel.completeCpd(toComplete.poll());
            }
            if (roll < 0.45) {
                UUID activity = UUID.randomUUID();
                toApprove.add(activity);
                return channel.requestCpd(person, activity);
            }
            if (roll < 0.60) {
                return channel.completeTraining(person, trust.safeguardingRequirement(),
                        CommandChannel.TODAY.minusDays(random.nextInt(180)));
            }
            if (roll < 0.70 && !appraisals.isEmpty()) {
                return channel.addProgressNote(appraisals.get(random.nextInt(appraisals.size())), UUID.randomUUID());
            }
            return channel.logCpd(person, UUID.randomUUID());
        }
    }
}
